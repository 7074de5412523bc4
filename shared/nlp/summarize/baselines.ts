import type { Span, TextSpan } from '../types';
import { ArticleVocabulary } from './article-vocabulary';
import { pageRanks } from './page-rank';
import { sentenceGraphs } from './sentence-graphs';
import { termVectors } from './term-vectors';

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
  const words = new ArticleVocabulary();
  const sentenceStems = sentences.map((s) => words.contentStems(words.words(text, s.start, s.end)));
  // TextRank's weights are the second graph of the pair.
  const rank = pageRanks(sentenceGraphs(termVectors(sentenceStems, words.size), words.size).edges)[1];
  return sentences
    .map((s, index) => ({ s, index, score: rank[index] ?? 0 }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, Math.max(0, k))
    .sort((a, b) => a.index - b.index)
    .map(({ s }) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
}
