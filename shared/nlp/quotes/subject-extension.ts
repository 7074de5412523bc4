import { SUBJECT_BOUNDARY_WORDS, SUBJECT_COORDINATORS, SUBJECT_PHRASE_LINKS, NOT_IN_SUBJECT_PHRASE } from '../lang/en/subject-phrase-links';
import { NON_NAME_CAPITALS } from '../lang/en/non-name-capitals';
import { DETERMINERS } from '../lang/en/person-titles';
import { SUBJECT_PRONOUNS } from '../lang/en/pronouns';
import { cueLexiconEntry } from './cue-lexicon';
import { nounPhraseEndingAt, type TokenRange } from './noun-phrases';
import type { Token } from './tokens';

/** Words one part of an extended subject may have ("A redacted copy of the 2013 FDIC inspector general's memo"). */
const MAX_PART_WORDS = 7;
/** Parts an extended subject may have: "early results of an entrance poll of Nevada caucus-goers". */
const MAX_LINKS = 3;

/**
 * Word tokens that may belong to a noun phrase. Speech verbs, words in -ed, -ing or -ly and contractions
 * ("she'll") rather belong to a clause before the subject ("a woman asked for a photo and Clinton said"),
 * except a participle with its agent or topic ("exit polls conducted by Edison", "people briefed on it");
 * capitalized sentence openers ("With …") are no part of a name.
 */
function inPhrase(t: Token, link: Token | undefined): boolean {
  if (t.kind !== 'word' || NOT_IN_SUBJECT_PHRASE.has(t.lower) || SUBJECT_BOUNDARY_WORDS.has(t.lower) || SUBJECT_PHRASE_LINKS.has(t.lower)) return false;
  if (t.capitalized) return !NON_NAME_CAPITALS.has(t.lower) || DETERMINERS.has(t.lower);
  if (cueLexiconEntry(t.lower)?.stats !== undefined) return false;
  if (t.lower.endsWith('ed')) return link !== undefined && PARTICIPLE_LINKS.has(link.lower);
  return !VERB_LIKE.test(t.lower);
}
const VERB_LIKE = /(?:ing|ly|['’](?:ll|re|ve|d|s))$/;
const PARTICIPLE_LINKS = new Set(['by', 'on', 'in']);

/**
 * What may stand right before a subject: the sentence start, punctuation, a conjunction, or a speech verb
 * ("said voters in Ohio say") unless the subject is coordinated ("has not endorsed Trump and Kirk withdrew").
 */
function isBoundary(tokens: readonly Token[], at: number, lowerBound: number, coordinated: boolean): boolean {
  if (at < lowerBound) return true;
  const t = tokens[at] as Token;
  if (t.kind !== 'word') return true;
  return SUBJECT_BOUNDARY_WORDS.has(t.lower) || (!coordinated && cueLexiconEntry(t.lower)?.stats !== undefined);
}

/** The tokens [first, last] hold no verb or clause word: "the agency declined to comment" is no conjunct. */
function wholePhrase(tokens: readonly Token[], first: number, last: number): boolean {
  if (first === last) return true;
  for (let k = first; k <= last; k++) if (!inPhrase(tokens[k] as Token, undefined)) return false;
  return true;
}

/**
 * The noun phrase ending before a cue is often the tail of the subject: "16 percent of Democratic voters
 * say", "protest organizers in Cleveland say", "Jeb Bush and Chris Christie say". Across prepositions and
 * coordinators the subject runs back to where its clause starts; when no clause start is reached, the words
 * before belong to another clause ("Trump spoke to voters in Iowa") and the phrase stays as it was.
 */
export function extendSubjectLeft(tokens: readonly Token[], np: TokenRange, lowerBound: number): TokenRange {
  let first = np.first;
  let extended = false;
  let coordinated = false;
  for (let links = 0; links < MAX_LINKS; links++) {
    const link = first - 1;
    const linkToken = tokens[link];
    if (link <= lowerBound || linkToken === undefined || linkToken.kind !== 'word' || !SUBJECT_PHRASE_LINKS.has(linkToken.lower)) break;
    let k = link - 1;
    if (SUBJECT_COORDINATORS.has(linkToken.lower)) {
      // "he and Brafman", "Trump and his attorneys": the first conjunct is a noun phrase of its own.
      const conjunct = SUBJECT_PRONOUNS.has((tokens[k] as Token).lower) ? { first: k } : nounPhraseEndingAt(tokens, k, lowerBound);
      if (!conjunct || !wholePhrase(tokens, conjunct.first, k)) break;
      k = conjunct.first - 1;
      coordinated = true;
    } else while (k >= lowerBound && link - k <= MAX_PART_WORDS && inPhrase(tokens[k] as Token, k === link - 1 ? linkToken : undefined)) k--;
    if (k === link - 1) break;
    first = k + 1;
    extended = true;
  }
  if (!extended || !isBoundary(tokens, first - 1, lowerBound, coordinated)) return np;
  return { first, last: np.last };
}
