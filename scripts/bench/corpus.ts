// The bench corpus: PolNeAR articles as the bytes of .txt uploads.
import { readFileSync } from 'node:fs';

export interface Article {
  readonly id: string;
  readonly name: string;
  readonly text: string;
  readonly bytes: Uint8Array;
}

export function readCorpus(path: string, limit = Infinity): Article[] {
  const articles: Article[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line.trim() === '' || articles.length >= limit) continue;
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    articles.push({ id, name: `${id}.txt`, text, bytes: Buffer.from(text, 'utf8') });
  }
  return articles;
}

/** Real paragraphs, in corpus order, for building articles of a chosen length. */
export const paragraphsOf = (articles: readonly Article[]): string[] =>
  articles.flatMap((a) => a.text.split(/\n\s*\n/)).map((p) => p.trim()).filter((p) => p.length > 0);

/** Whole paragraphs from `from` on, joined by blank lines, until the text has at least `bytes` bytes. */
export function textOfLength(paragraphs: readonly string[], bytes: number, from: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = from; length < bytes; i = (i + 1) % paragraphs.length) {
    const p = paragraphs[i]!;
    parts.push(p);
    length += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n\n');
}
