import type { Attributed, Summary, SummarizeOptions } from '../types';
import { keyPoints } from './key-points';
import { demote, selectByRelevance, sentenceScores } from './select-sentences';
import { HIGHLIGHTS_MODEL } from './learned-weights';
import { MAX_CANDIDATES, profileArticle, sentencesWithSpeakers } from './sentence-features';
import { modelFor } from './sentence-model';
import { speakerDigests } from './speaker-digests';
import { fitsSummary } from './stand-alone';
import { summaryLength } from './summary-length';
import { textSpan } from './text-span';

/**
 * Extractive summary of an attributed article:
 * - sentences: scored by a learned logistic model over position, centrality, salience and
 *   stand-alone cues (sentence-features.ts; which model depends on how much of the article is
 *   kept, sentence-model.ts), picked with MMR so they do not repeat each other, in article order;
 * - key points: the best sentences cut to their main clause, most important first;
 * - speakers: who said what, most prominent first, in their own words.
 * Deterministic; only the first MAX_CANDIDATES sentences are scored, so cost stays bounded.
 */
export function summarize(attributed: Attributed, options: SummarizeOptions = {}): Summary {
  const { text } = attributed.segmented.document;
  const profile = profileArticle(attributed, MAX_CANDIDATES, sentencesWithSpeakers(attributed.quotes));
  const sentenceCount = attributed.segmented.sentences.length;
  const k = summaryLength(options.sentences, sentenceCount);
  const model = modelFor(k);
  const scores = demote(sentenceScores(profile, model), fitsSummary(profile));
  const picked = selectByRelevance(profile, scores, k, model.redundancy).sort((a, b) => a - b);
  const sentences = picked.flatMap((i) => {
    const s = profile.sentences[i];
    return s ? [textSpan(text, s)] : [];
  });
  // Key points are always a digest of the news, whatever length the summary was asked to be.
  const pointScores = sentenceScores(profile, HIGHLIGHTS_MODEL);
  return { sentences, keyPoints: keyPoints(text, profile, pointScores), speakers: speakerDigests(attributed, profile) };
}
