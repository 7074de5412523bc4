import { FEATURE_INDEX, FEATURE_NAMES, type ArticleProfile } from './sentence-features';
import type { SentenceModel } from './sentence-model';

const LENGTH = FEATURE_INDEX.length;

/**
 * How much a sentence is worth to a summary: the probability that it belongs there
 * (logistic regression over its features), less a price for its length, since every word
 * it takes is one a second fact cannot use.
 */
export function sentenceScores(profile: ArticleProfile, model: SentenceModel): number[] {
  // The weights by feature position, so the per-sentence loop does no lookups by name.
  const weights = FEATURE_NAMES.map((name) => model.weights[name]);
  return profile.sentences.map((s) => {
    let z = model.bias;
    for (let f = 0; f < weights.length; f++) z += (weights[f] as number) * (s.features[f] ?? 0);
    return 1 / (1 + Math.exp(-z)) - model.lengthCost * (s.features[LENGTH] ?? 0);
  });
}

/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998): take the best-scoring sentence,
 * then each next one discounted by its closest similarity to what is already taken, so the
 * summary covers the article instead of saying the lead three times. Ties go to the earlier
 * sentence. Returns positions into `profile.sentences`, best first.
 */
export function selectByRelevance(profile: ArticleProfile, scores: readonly number[], k: number, redundancy: number): number[] {
  const chosen: number[] = [];
  const closest = new Array<number>(scores.length).fill(0);
  while (chosen.length < Math.min(k, scores.length)) {
    let best = -1;
    let bestValue = -Infinity;
    scores.forEach((score, i) => {
      if (chosen.includes(i)) return;
      const value = (1 - redundancy) * score - redundancy * (closest[i] ?? 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    });
    if (best < 0) break;
    chosen.push(best);
    const row = profile.similarity[best] ?? [];
    closest.forEach((c, i) => {
      closest[i] = Math.max(c, row[i] ?? 0);
    });
  }
  return chosen;
}

/** Scores stay within (−1, 2) (a probability less a length cost), so this puts a sentence below all others. */
const DEMOTION = 10;

/**
 * Scores with sentences that fail `fits` pushed below every sentence that passes: they are
 * picked only when nothing else is left.
 */
export function demote(scores: readonly number[], fits: (index: number) => boolean): number[] {
  return scores.map((s, i) => (fits(i) ? s : s - DEMOTION));
}
