import type { Span, TextSpan } from '../types';
import { pageRank } from './page-rank';
import { tokenize } from './tokens';

/**
 * Reference points the evaluation prints beside `summarize`: a method that cannot beat them
 * is not worth its code.
 */

/** Lead-k: the first k sentences. News puts its point first, so this is the bar to clear. */
export function lead<T extends Span>(sentences: readonly T[], k: number): T[] {
  return sentences.slice(0, Math.max(0, k));
}

/**
 * Plain TextRank (Mihalcea & Tarau 2004): sentences are nodes, edges weigh word overlap
 * normalized by log lengths, PageRank picks the k most central; returned in article order.
 */
export function textRank(text: string, sentences: readonly Span[], k: number): TextSpan[] {
  const words = sentences.map((s) => new Set(tokenize(text.slice(s.start, s.end)).filter((t) => t.content).map((t) => t.stem)));
  const weights = words.map((a, i) =>
    words.map((b, j) => {
      if (i === j || a.size < 2 || b.size < 2) return 0;
      let overlap = 0;
      for (const w of a) if (b.has(w)) overlap++;
      return overlap / (Math.log(a.size) + Math.log(b.size));
    }),
  );
  const rank = pageRank(weights);
  return sentences
    .map((s, index) => ({ s, index, score: rank[index] ?? 0 }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, Math.max(0, k))
    .sort((a, b) => a.index - b.index)
    .map(({ s }) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}
