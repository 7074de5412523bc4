/** Sentences a summary gets when nobody asks. */
export const DEFAULT_SUMMARY_SENTENCES = 3;

/**
 * The requested length, but never more than half the article (rounded up): a summary as
 * long as its article summarizes nothing. A two-sentence article gets one sentence.
 */
export function summaryLength(requested: number | undefined, sentenceCount: number): number {
  const wanted = Math.max(0, Math.floor(requested ?? DEFAULT_SUMMARY_SENTENCES));
  return Math.min(wanted, Math.ceil(sentenceCount / 2));
}
