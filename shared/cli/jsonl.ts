import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { UsageError } from './usage-error';

const articleLineSchema = z.object({ id: z.string().min(1), text: z.string(), title: z.string().nullish() });
export type ArticleLine = z.infer<typeof articleLineSchema>;

/** Reads `{"id","text"}` lines one at a time, so memory stays flat however long the file is. */
export async function* readArticleLines(path: string): AsyncGenerator<ArticleLine> {
  const input = createReadStream(path, { encoding: 'utf8' });
  const failed = once(input, 'error').then(([error]) => {
    throw new UsageError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  });
  failed.catch(() => undefined);
  const lines = createInterface({ input, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new UsageError(`${path}:${number}: not a JSON line`);
    }
    const article = articleLineSchema.safeParse(parsed);
    if (!article.success) throw new UsageError(`${path}:${number}: needs a string "id" and "text"`);
    yield article.data;
  }
  await Promise.race([failed, Promise.resolve()]);
}

/** Writes one line, waiting when stdout's buffer is full instead of piling output up in memory. */
export async function writeLine(value: unknown): Promise<void> {
  if (!process.stdout.write(`${JSON.stringify(value)}\n`)) await once(process.stdout, 'drain');
}
