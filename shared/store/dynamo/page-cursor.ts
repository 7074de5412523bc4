import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from 'zod/mini';
import { InvalidCursorError } from '../store-error';

const keySchema = z.record(z.string().check(z.maxLength(64)), z.string().check(z.maxLength(1024)));

/**
 * DynamoDB's LastEvaluatedKey as an opaque, tamper-evident token: an HMAC binds it to the key
 * and to the query it came from (`scope`), so a forged or edited cursor, or one from another
 * listing, is refused instead of starting a read somewhere unexpected.
 */
export class PageCursors {
  constructor(private readonly key: string) {}

  encode(scope: string, lastKey: Record<string, unknown> | undefined): string | undefined {
    if (!lastKey) return undefined;
    const body = Buffer.from(JSON.stringify(lastKey)).toString('base64url');
    return `${body}.${this.sign(scope, body)}`;
  }

  /** The key a cursor carries, refused unless it has exactly the attributes of `expectedKeys` (or of one of `alternatives`). */
  decode(scope: string, cursor: string | undefined, expectedKeys: readonly string[], ...alternatives: (readonly string[])[]): Record<string, string> | undefined {
    if (cursor === undefined) return undefined;
    const [body = '', signature = ''] = cursor.split('.');
    const expected = Buffer.from(this.sign(scope, body));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidCursorError('cursor is not one this listing issued');
    try {
      const key = keySchema.parse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
      const names = Object.keys(key).sort().join();
      if (![expectedKeys, ...alternatives].some((keys) => [...keys].sort().join() === names)) throw new Error('unexpected key');
      return key;
    } catch {
      throw new InvalidCursorError('cursor is not one this listing issued');
    }
  }

  private sign(scope: string, body: string): string {
    return createHmac('sha256', this.key).update(scope).update('\0').update(body).digest('base64url').slice(0, 22);
  }
}
