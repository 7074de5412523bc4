import { BACK_REFERENCE_OPENINGS } from './standalone-cues';
import { FEATURE_INDEX, type ArticleProfile, type FeatureName } from './sentence-features';
import { formWord } from './word-forms';

/** Feature positions of the named flags, looked up once rather than by name per sentence and call. */
const positions = (names: readonly FeatureName[]): readonly number[] => names.map((name) => FEATURE_INDEX[name]);

const flagged = (profile: ArticleProfile, i: number, features: readonly number[]): boolean => {
  const values = profile.sentences[i]?.features;
  if (!values) return false;
  for (const f of features) if ((values[f] ?? 0) > 0) return true;
  return false;
};

const NOT_ARTICLE_TEXT = positions(['boilerplate', 'bareQuote']);
const CANNOT_STAND_ALONE = positions(['boilerplate', 'bareQuote', 'backReference', 'question', 'short']);
const CONNECTIVE = positions(['connectiveOpening']);

/**
 * A summary sentence must at least be article text that says who is talking: no page
 * furniture, no quotation without its speaker. (Softer faults, like an opening pronoun,
 * are left to the learned weights.)
 */
export const fitsSummary = (profile: ArticleProfile) => (i: number): boolean => !flagged(profile, i, NOT_ARTICLE_TEXT);

/**
 * A key point is read on its own, so it also may not lean on the previous sentence, ask a
 * question, or be a fragment such as a subheading ("US-Russia ties"). Its opening "But" is
 * cut off (clause-trim.ts), so the word after it must not lean back either ("But its ...").
 */
export const fitsKeyPoint = (profile: ArticleProfile) => (i: number): boolean => {
  if (flagged(profile, i, CANNOT_STAND_ALONE)) return false;
  const words = profile.sentences[i]?.words;
  const second = words && words.length > 1 ? formWord(words[1] as number) : '';
  return !(flagged(profile, i, CONNECTIVE) && BACK_REFERENCE_OPENINGS.has(second));
};
