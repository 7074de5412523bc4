import { SUBJECT_VERB_FILLERS } from '../lang/en/cue-phrases';
import { GROUP_PLURAL_ENDINGS, NOT_PLURAL_NOUNS } from '../lang/en/plural-stance-verbs';
import type { Token } from './tokens';

const LOWER_PLURAL = /^[a-z][a-z-]*[^su]s$/;

/** "strategists", "experts", "voters"; "Republicans", "Millennials": a plural noun that can hold a stance. */
function isPluralNoun(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.capitalized) return GROUP_PLURAL_ENDINGS.some((e) => t.lower.endsWith(e));
  return LOWER_PLURAL.test(t.lower) && t.lower.length > 3 && !NOT_PLURAL_NOUNS.has(t.lower);
}

/**
 * Whether the base-form stance verb at `k` follows a plural noun, past auxiliaries and adverbs ("experts
 * agree", "Republicans also fear", "voters increasingly see"): a present-tense stance of a group. An
 * infinitive ("to see") or a first- or second-person subject ("I think") has no such noun right before it.
 */
export function followsPluralSubject(tokens: readonly Token[], k: number, lowerBound: number): boolean {
  let j = k - 1;
  while (j >= lowerBound && j > k - 3) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word' || t.capitalized || !(SUBJECT_VERB_FILLERS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4))) break;
    j--;
  }
  return j >= lowerBound && isPluralNoun(tokens[j] as Token);
}
