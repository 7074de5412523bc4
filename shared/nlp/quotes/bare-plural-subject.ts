import { NOT_PLURAL_PREMODIFIERS, PLURAL_PERSON_ENDINGS, PLURAL_SPEAKING_NOUNS, SUBJECT_CLAUSE_OPENERS } from '../lang/en/bare-plural-subjects';
import { DETERMINERS, SPEAKER_ROLE_NOUNS } from '../lang/en/person-titles';
import { ADJECTIVAL_PARTICIPLES } from '../lang/en/speaker-phrase-edges';
import { cueLexiconEntry } from './cue-lexicon';
import type { TokenRange } from './noun-phrases';
import type { Token } from './tokens';

/** Words before the head a bare plural subject may have: "current and former U.S. officials" is about the limit. */
const MAX_PREMODIFIERS = 4;
const LOWER_WORD = /^[a-z][a-z-]*$/;

/** "officials", "opponents", "groups", "surveys": a lower-case plural that names people or bodies that speak. */
function isPluralPeople(t: Token): boolean {
  if (t.capitalized || !t.lower.endsWith('s') || t.lower.endsWith('ss') || !LOWER_WORD.test(t.lower)) return false;
  return (SPEAKER_ROLE_NOUNS.has(t.lower) && t.lower !== 'others') || PLURAL_SPEAKING_NOUNS.has(t.lower) || PLURAL_PERSON_ENDINGS.some((e) => t.lower.endsWith(e));
}

/** A word that may describe the head: "federal", "Top", "Sanders", "Clinton's", "elected", "rights". */
function isPremodifier(t: Token): boolean {
  if (t.kind !== 'word' || DETERMINERS.has(t.lower) || NOT_PLURAL_PREMODIFIERS.has(t.lower) || SUBJECT_CLAUSE_OPENERS.has(t.lower)) return false;
  if (t.capitalized) return true;
  if (!LOWER_WORD.test(t.lower) || t.lower.endsWith('ly') || t.lower.endsWith('ing')) return false;
  if (t.lower.endsWith('ed') && !ADJECTIVAL_PARTICIPLES.has(t.lower)) return false;
  return cueLexiconEntry(t.lower)?.stats === undefined;
}

/**
 * A plural noun for people with no determiner, running from the start of its clause to `last`: "federal
 * officials | said", "Legal experts | say", "But opponents | say", "Top Sanders strategists | acknowledged".
 * The noun phrase search wants a determiner before a lower-case head and keeps only "officials" of
 * "federal officials", which hides the comma before it that makes "…, federal officials said" a frame.
 * Null when the head is no such noun, a determiner is there (the noun phrase search handles it), or the
 * words before reach into another clause ("the bill that unions say").
 */
export function barePluralSubjectEndingAt(tokens: readonly Token[], last: number, lowerBound: number): TokenRange | null {
  const head = tokens[last];
  if (head === undefined || head.kind !== 'word' || !isPluralPeople(head)) return null;
  let first = last;
  for (let n = 0; n < MAX_PREMODIFIERS && first - 1 >= lowerBound; n++) {
    const t = tokens[first - 1] as Token;
    if (!isPremodifier(t) && !(t.lower === 'and' && n > 0 && isPremodifier(tokens[first - 2] ?? t) && first - 2 >= lowerBound)) break;
    first--;
  }
  const before = first - 1 >= lowerBound ? tokens[first - 1] : undefined;
  if (before === undefined || before.kind !== 'word') return { first, last };
  // "But opponents say": a conjunction opens the clause; "But" capitalized was taken as a name word above.
  if (SUBJECT_CLAUSE_OPENERS.has(before.lower)) return { first, last };
  return null;
}
