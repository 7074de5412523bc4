import { FEMALE_FIRST_NAMES, MALE_FIRST_NAMES } from '../lang/en/first-names';
import { AFFILIATION_ADJECTIVES_PATTERN, ORGANIZATION_WORDS } from '../lang/en/organization-words';
import { GENDERED_TITLES, NAME_TITLES, SPEAKER_ROLE_NOUNS } from '../lang/en/person-titles';
import { bare, isNameWord } from '../quotes/noun-phrases';
import type { Token } from '../quotes/tokens';
import type { Span } from '../types';
import { seenInLowerCase } from './lower-case-occurrences';

export type Gender = 'male' | 'female' | 'unknown';

/** A run of capitalized words naming a person or an organization, split into title and name. */
export interface NameMention extends Span {
  /** The name without its title ("Vladimir Putin" in "Russian President Vladimir Putin"), lower case words. */
  readonly nameWords: readonly string[];
  /** Span of the name part, for the canonical display name. */
  readonly name: Span;
  /** Title words, lower case without periods ("russian", "president"). */
  readonly titleWords: readonly string[];
  readonly organization: boolean;
  readonly gender: Gender;
  /** "Trump's campaign": the name qualifies something else, which is the actual speaker. */
  readonly possessive: boolean;
  /** Index of the first token, for clause-position checks. */
  readonly firstToken: number;
  readonly lastToken: number;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;
/** How many code units of `/['’]s?$/` end `word`: 2 for "'s", 1 for a bare apostrophe, 0 for none. Tested by hand, as it runs on every word of every name. */
function possessiveEndingLength(word: string): number {
  const last = word.charCodeAt(word.length - 1);
  if (isApostrophe(last)) return 1;
  return last === 0x73 && word.length >= 2 && isApostrophe(word.charCodeAt(word.length - 2)) ? 2 : 0;
}
/** `word.replace(/['’]s?$/, '')`. */
const withoutPossessiveEnding = (word: string): string => {
  const ending = possessiveEndingLength(word);
  return ending === 0 ? word : word.slice(0, word.length - ending);
};
const isTitleToken = (t: Token): boolean => t.capitalized && NAME_TITLES.has(bare(t.lower));
/** "Russian" in "Russian President": a capitalized adjective right before a title. */

function genderOf(nameWords: readonly string[], titleWords: readonly string[]): Gender {
  for (const title of titleWords) {
    const g = GENDERED_TITLES.get(title);
    if (g) return g;
  }
  const first = nameWords.length > 1 ? nameWords[0] : undefined;
  if (first && MALE_FIRST_NAMES.has(first)) return 'male';
  if (first && FEMALE_FIRST_NAMES.has(first)) return 'female';
  return 'unknown';
}

/**
 * Name mentions in one pass over the tokens (quotations are single tokens, so names inside
 * quotes are not mentions). A lone capitalized word that the text also uses in lower case
 * ("Neither", "Asked") is no name: those few words are checked together after the pass.
 */
export function findNameMentions(tokens: readonly Token[]): NameMention[] {
  const mentions: NameMention[] = [];
  /** Lone words kept for now, each dropped at the end if it is seen in lower case: indexes into `mentions`. */
  const loneWords: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || !(isNameWord(t) || isTitleToken(t))) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    while (last + 1 < tokens.length) {
      const current = tokens[last] as Token;
      if (possessiveEndingLength(current.lower) > 0) break;
      const next = tokens[last + 1] as Token;
      if (next.kind === 'word' && (isNameWord(next) || isTitleToken(next)) && next.start - current.end <= 1) last++;
      else break;
    }
    i = last + 1;
    // The name follows the last title: "Former Arizona State Senator Dr. Kelli Ward" → "Kelli Ward".
    // Token indexes rather than sliced arrays: this runs for every run of capitalized words.
    let nameFirst = first;
    for (let k = last - 1; k >= first; k--) {
      if (isTitleToken(tokens[k] as Token)) {
        nameFirst = k + 1;
        break;
      }
    }
    const lastWord = tokens[last] as Token;
    const possessive = possessiveEndingLength(lastWord.lower) > 0 && lastWord.lower.length > 2;
    const nameWords: string[] = [];
    for (let k = nameFirst; k < last; k++) nameWords.push(bare((tokens[k] as Token).lower));
    nameWords.push(withoutPossessiveEnding(bare(lastWord.lower)));
    const titleWords: string[] = [];
    for (let k = first; k < nameFirst; k++) titleWords.push(bare((tokens[k] as Token).lower));
    const loneName = nameFirst === last;
    if (loneName && isTitleToken(lastWord)) continue;
    // "Officials said", "The Russian leader": a capitalized role word or adjective, not a name.
    const after = tokens[last + 1];
    if (loneName && titleWords.length === 0 && ((SPEAKER_ROLE_NOUNS.has(nameWords[0] ?? '') && !ORGANIZATION_WORDS.has(nameWords[0] ?? '')) || (AFFILIATION_ADJECTIVES_PATTERN.test(nameWords[0] ?? '') && after?.kind === 'word' && !after.capitalized && first === last))) continue;
    const previous = tokens[first - 1];
    const organization =
      nameWords.some((w) => ORGANIZATION_WORDS.has(w)) || (previous?.lower === 'the' && titleWords.length === 0 && !MALE_FIRST_NAMES.has(nameWords[0] ?? '') && !FEMALE_FIRST_NAMES.has(nameWords[0] ?? ''));
    if (loneName && titleWords.length === 0) loneWords.push(mentions.length);
    const nameEnd = possessive ? lastWord.start + lastWord.lower.length - possessiveEndingLength(lastWord.lower) : lastWord.end;
    mentions.push({
      start: t.start,
      end: nameEnd,
      name: { start: (tokens[nameFirst] as Token).start, end: nameEnd },
      nameWords,
      titleWords,
      organization,
      gender: genderOf(nameWords, titleWords),
      possessive,
      firstToken: first,
      lastToken: last,
    });
  }
  if (loneWords.length === 0) return mentions;
  const lowerCase = seenInLowerCase(
    tokens,
    loneWords.map((m) => (mentions[m] as NameMention).nameWords[0] ?? ''),
  );
  if (lowerCase.size === 0) return mentions;
  const dropped = new Set(loneWords.filter((m) => lowerCase.has((mentions[m] as NameMention).nameWords[0] ?? '')));
  return mentions.filter((_, m) => !dropped.has(m));
}
