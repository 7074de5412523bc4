import type { FeatureName } from './sentence-features';
import { EXTRACT_MODEL, HIGHLIGHTS_MODEL } from './learned-weights';

/** A learned sentence scorer: logistic regression weights plus the selection's two knobs. */
export interface SentenceModel {
  readonly bias: number;
  readonly weights: Readonly<Record<FeatureName, number>>;
  /** MMR trade-off in [0, 1]: how much similarity to already chosen sentences costs. */
  readonly redundancy: number;
  /** Price of a sentence's length (its `length` feature) against its probability; negative favours long sentences. */
  readonly lengthCost: number;
}

/** A summary of up to this many sentences (the default length, news highlights) is a digest of the news; a longer one is an extract. */
export const HIGHLIGHTS_UP_TO = 3;

/**
 * The model for a summary of `sentences` sentences. A digest must be the news (lead, no
 * repetition, short sentences); a long extract (BBC's references keep 45% of an article)
 * must cover the article's topics, where long, central sentences with its frequent words
 * count most. It is the summary's length that decides, not the article's: a short article's
 * three-sentence summary is still a digest. Both models are learned (learned-weights.ts).
 * (Mixing the two linearly for 4–5 sentences was tried: it cost BBC 45% about one ROUGE point.)
 */
export function modelFor(sentences: number): SentenceModel {
  return sentences <= HIGHLIGHTS_UP_TO ? HIGHLIGHTS_MODEL : EXTRACT_MODEL;
}
