import { BACK_REFERENCE_OPENINGS } from './standalone-cues';
import { FEATURE_INDEX, type ArticleProfile, type FeatureName } from './sentence-features';
import { formWord } from './word-forms';

const flagged = (profile: ArticleProfile, i: number, names: readonly FeatureName[]): boolean =>
  names.some((name) => (profile.sentences[i]?.features[FEATURE_INDEX[name]] ?? 0) > 0);

/**
 * A summary sentence must at least be article text that says who is talking: no page
 * furniture, no quotation without its speaker. (Softer faults, like an opening pronoun,
 * are left to the learned weights.)
 */
export const fitsSummary = (profile: ArticleProfile) => (i: number): boolean => !flagged(profile, i, ['boilerplate', 'bareQuote']);

/**
 * A key point is read on its own, so it also may not lean on the previous sentence, ask a
 * question, or be a fragment such as a subheading ("US-Russia ties"). Its opening "But" is
 * cut off (clause-trim.ts), so the word after it must not lean back either ("But its ...").
 */
export const fitsKeyPoint = (profile: ArticleProfile) => (i: number): boolean => {
  if (flagged(profile, i, ['boilerplate', 'bareQuote', 'backReference', 'question', 'short'])) return false;
  const words = profile.sentences[i]?.words;
  const second = words && words.length > 1 ? formWord(words[1] as number) : '';
  return !(flagged(profile, i, ['connectiveOpening']) && BACK_REFERENCE_OPENINGS.has(second));
};
