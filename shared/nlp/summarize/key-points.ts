import type { TextSpan } from '../types';
import { demote, selectByRelevance } from './select-sentences';
import { FEATURE_INDEX, type ArticleProfile } from './sentence-features';
import { fitsKeyPoint } from './stand-alone';
import { clauseSpan } from './text-span';

export const MIN_KEY_POINTS = 3;
export const MAX_KEY_POINTS = 5;

/** Key points lean harder on variety than the summary: each should say something new. */
const KEY_POINT_REDUNDANCY = 0.6;

const ENTITIES = FEATURE_INDEX.entitySalience;
const NUMBER = FEATURE_INDEX.hasNumber;

/**
 * 3–5 short points, most important first: the best sentences by the highlights model (with
 * a stronger MMR push for variety than the summary's), each cut down to its main clause. Sentences that cannot
 * stand alone (opening "He ...", a bare quote, a question, furniture) are passed over while
 * others remain. The fourth and fifth points must name an actor or carry a number.
 */
export function keyPoints(text: string, profile: ArticleProfile, scores: readonly number[]): TextSpan[] {
  const standsAlone = fitsKeyPoint(profile);
  const order = selectByRelevance(profile, demote(scores, standsAlone), MAX_KEY_POINTS, KEY_POINT_REDUNDANCY);
  const points: TextSpan[] = [];
  for (const i of order) {
    const sentence = profile.sentences[i];
    if (!sentence) continue;
    const f = sentence.features;
    const informative = (f[ENTITIES] ?? 0) > 0 || (f[NUMBER] ?? 0) > 0;
    if (points.length >= MIN_KEY_POINTS && (!informative || !standsAlone(i))) continue;
    points.push(clauseSpan(text, sentence));
  }
  return points;
}
