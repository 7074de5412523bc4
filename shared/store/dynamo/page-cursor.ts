import { z } from 'zod';
import { InvalidCursorError } from '../store-error';

const keySchema = z.record(z.string(), z.string().max(1024)).refine((key) => Object.keys(key).length <= 4);

/** DynamoDB's LastEvaluatedKey as an opaque token; anything we did not issue is refused. */
export const encodeCursor = (key: Record<string, unknown> | undefined): string | undefined =>
  key ? Buffer.from(JSON.stringify(key)).toString('base64url') : undefined;

export function decodeCursor(cursor: string | undefined, expectedKeys: readonly string[]): Record<string, string> | undefined {
  if (cursor === undefined) return undefined;
  try {
    const key = keySchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    const names = Object.keys(key).sort();
    if (names.join() !== [...expectedKeys].sort().join()) throw new Error('wrong key');
    return key;
  } catch {
    throw new InvalidCursorError('cursor is not one this API issued');
  }
}
