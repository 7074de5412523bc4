import { NON_NAME_CAPITALS } from '../lang/en/non-name-capitals';
import { DETERMINERS, NAME_TITLES, SPEAKER_ROLE_NOUNS } from '../lang/en/person-titles';
import { RELATIVE_PRONOUNS, SUBJECT_PRONOUNS } from '../lang/en/pronouns';
import type { Token } from './tokens';

/** Token index range [first, last] (inclusive) of a noun phrase. */
export interface TokenRange {
  readonly first: number;
  readonly last: number;
}

const PERSON_NOUN_ENDING = /(?:ers?|ors?|ists?|ians?|ents?|ants?|ees?|ives?|ies)$/;
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists']);

export const bare = (lower: string): string => (lower.endsWith('.') ? lower.slice(0, -1) : lower);
const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
const isPossessive = (t: Token): boolean => /['’]s?$/.test(t.lower) || t.lower.endsWith('’s') || t.lower.endsWith("'s");
/** A capitalized word that can be part of a name (not "But", "Monday"). */
export const isNameWord = (t: Token): boolean => t.capitalized && (!NON_NAME_CAPITALS.has(bare(t.lower)) || isInitial(t));
/** "James A. Baker": a capital letter with its period is a middle initial, never the article "A". */
const isInitial = (t: Token): boolean => t.lower.length === 2 && t.lower.endsWith('.') && t.capitalized;
/** "Trump's senior adviser", "Powell's office": a possessive name determines the noun phrase it opens. */
const isPossessiveName = (t: Token): boolean => t.capitalized && isPossessive(t) && !NON_NAME_CAPITALS.has(bare(t.lower.replace(/['’]s?$/, '')));
const isDeterminer = (t: Token): boolean => DETERMINERS.has(t.lower) || isPossessiveName(t);
/** First names that are also common capitalized words ("said Will Doyle"). */
const AMBIGUOUS_FIRST_NAMES = new Set(['will', 'may', 'mark', 'bill', 'rich', 'hope', 'grace', 'faith', 'june', 'april', 'august', 'joy', 'rose', 'frank', 'earl', 'guy']);
const isTitle = (t: Token): boolean => NAME_TITLES.has(bare(t.lower));
const isRole = (t: Token): boolean => SPEAKER_ROLE_NOUNS.has(t.lower);
const isPronoun = (t: Token): boolean => SUBJECT_PRONOUNS.has(t.lower);

function determinerWithin(tokens: readonly Token[], last: number, lowerBound: number, distance: number): boolean {
  for (let k = last - 1; k >= lowerBound && last - k <= distance; k--) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (isDeterminer(t)) return true;
  }
  return false;
}

function possessiveNameWithin(tokens: readonly Token[], k: number, lowerBound: number): boolean {
  for (let j = k - 1; j >= lowerBound && k - j <= 3; j--) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') return false;
    if (isPossessiveName(t)) return true;
    if (t.capitalized || !/^[a-z-]+$/.test(t.lower)) return false;
  }
  return false;
}

const MAX_PREMODIFIERS = 4;
/** Function words that end a run of premodifiers. */
const NOT_PREMODIFIER = new Set(['and', 'or', 'but', 'nor', 'that', 'which', 'who', 'when', 'where', 'as', 'while', 'if', 'because', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'than', 'then', 'also', 'said', 'says', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'not', 'so']);

/**
 * `"…," political scientist Christopher Wlezien told …`, `Republican presidential front-runner Donald Trump
 * defended …`: words between a quotation (or the start of the clause) and a name describe the speaker, as
 * annotators mark it.
 */
function premodifiers(tokens: readonly Token[], first: number, lowerBound: number): number {
  let k = first - 1;
  let lowercase = false;
  while (k >= lowerBound && first - k <= MAX_PREMODIFIERS) {
    const t = tokens[k];
    if (!isWord(t) || DETERMINERS.has(t.lower) || isPronoun(t) || NOT_PREMODIFIER.has(t.lower)) break;
    if (/^[a-z0-9][a-z0-9-]*$/.test(t.lower)) lowercase = true;
    else if (!isNameWord(t) || isPossessive(t)) break;
    k--;
  }
  if (!lowercase) return first;
  // The run must reach back to the clause start, or to a quotation: `"Meet the Press" host Chuck Todd` is a title, so
  // the quoted words must end with a comma or a full stop.
  if (k < lowerBound) return (tokens[lowerBound] as Token).capitalized ? lowerBound : first;
  const q = tokens[k]?.lower === ',' ? k - 1 : k;
  const quote = tokens[q];
  return q >= lowerBound && quote?.kind === 'quote' && (q < k || quote.endsWithComma === true || quote.endsSentence === true) ? k + 1 : first;
}

/** The noun phrase that ends at token `last` (a speech verb's subject), or null. */
export function nounPhraseEndingAt(tokens: readonly Token[], last: number, lowerBound: number): TokenRange | null {
  const head = tokens[last];
  if (!isWord(head)) return null;
  if (isPronoun(head) || (RELATIVE_PRONOUNS.has(head.lower) && head.lower !== 'that')) return { first: last, last };
  const headOk = isNameWord(head) || isRole(head) || (isTitle(head) && head.capitalized);
  if (!headOk && NOT_PREMODIFIER.has(head.lower)) return null;
  // A lower-case head outside the role list must look like a noun for people, or follow a determiner closely.
  if (!headOk && !PERSON_NOUN_ENDING.test(head.lower) && !determinerWithin(tokens, last, lowerBound, 3)) return null;
  let first = last;
  let sawDeterminer = false;
  // Lower-case heads ("the new poll") need a determiner within a few words.
  let lowercaseRun = headOk ? 0 : 1;
  for (let k = last - 1; k >= lowerBound && last - k <= 8; k--) {
    const t = tokens[k];
    if (!isWord(t)) break;
    if (isDeterminer(t) && !(isNameWord(t) && !isPossessive(t))) {
      first = k;
      sawDeterminer = true;
      break;
    }
    const next = tokens[k + 1] as Token;
    if (isNameWord(t) || isTitle(t) || isRole(t)) {
      first = k;
      lowercaseRun = 0;
      continue;
    }
    if (t.lower === 'of' && isWord(tokens[k - 1]) && (tokens[k - 1] as Token).capitalized && next.capitalized) {
      first = k;
      continue;
    }
    if (!t.capitalized && lowercaseRun < 3 && !headOk && /^[a-z-]+(?:['’]s?)?$/.test(t.lower)) {
      lowercaseRun++;
      first = k;
      continue;
    }
    if (!t.capitalized && headOk && /^[a-z-]+$/.test(t.lower) && !isPronoun(t) && possessiveNameWithin(tokens, k, lowerBound)) {
      // "Trump's senior communications adviser Jason Miller": lower-case words after a possessive name.
      first = k;
      continue;
    }
    if (!t.capitalized && headOk && /^[a-z-]+$/.test(t.lower) && isWord(tokens[k - 1]) && DETERMINERS.has((tokens[k - 1] as Token).lower) && !isPronoun(t)) {
      // one adjective right after a determiner: "the Russian leader", "a senior official"
      first = k;
      continue;
    }
    break;
  }
  if (!headOk && !sawDeterminer) return null;
  if (!headOk && sawDeterminer && !isRole(head) && first === last) return null;
  // A phrase must not start with a possessive pronoun alone followed by nothing nameable.
  const firstToken = tokens[first] as Token;
  if (!sawDeterminer && !isNameWord(firstToken) && !isTitle(firstToken) && !isRole(firstToken)) {
    // trim leading lower-case words that were not anchored by a determiner
    let f = first;
    while (f < last && !isNameWord(tokens[f] as Token) && !isTitle(tokens[f] as Token) && !isRole(tokens[f] as Token)) f++;
    first = f;
  }
  if (headOk && !sawDeterminer) first = premodifiers(tokens, first, lowerBound);
  return { first, last };
}

const MAX_DESCRIPTION = 3;

/** Where the name described by the lower-case words from `k` starts ("delegate Beau", "political scientist Brigid"), or -1. */
function describedName(tokens: readonly Token[], k: number, upperBound: number): number {
  for (let j = k; j < upperBound && j - k < MAX_DESCRIPTION; j++) {
    const t = tokens[j];
    if (!isWord(t)) return -1;
    if (isNameWord(t) || isTitle(t)) return j > k ? j : -1;
    if (t.capitalized || !/^[a-z-]+$/.test(t.lower) || t.lower.endsWith('ed') || NOT_PREMODIFIER.has(t.lower) || DETERMINERS.has(t.lower) || isPronoun(t)) return -1;
  }
  return -1;
}

/** The noun phrase that starts at token `first` ("said Democratic pollster Geoff Garin"), or null. */
export function nounPhraseStartingAt(tokens: readonly Token[], first: number, upperBound: number, afterCue = false): TokenRange | null {
  const start = tokens[first];
  if (!isWord(start)) return null;
  if (isPronoun(start) || OBJECT_PRONOUNS.has(start.lower)) return { first, last: first };
  let last = -1;
  let k = first;
  if (DETERMINERS.has(start.lower)) k++;
  else if (start.capitalized && AMBIGUOUS_FIRST_NAMES.has(start.lower) && isWord(tokens[k + 1]) && isNameWord(tokens[k + 1] as Token)) last = k++;
  let lowercase = 0;
  for (; k < upperBound && k - first < 10; k++) {
    const t = tokens[k];
    if (!isWord(t)) break;
    if (isNameWord(t) || isTitle(t) || isRole(t)) {
      // A possessive name goes on to what it possesses ("Trump's campaign"), like any other word of the phrase.
      last = k;
      continue;
    }
    if (t.lower === 'of' && last === k - 1 && isWord(tokens[k + 1]) && (tokens[k + 1] as Token).capitalized) continue;
    // "said Montclair State University political scientist Brigid Harrison": a description between two names
    // (after a cue only: in subject position the lower-case word is likelier a verb, "Wilson praised Rubio").
    const named = afterCue && last === k - 1 && !t.capitalized ? describedName(tokens, k, upperBound) : -1;
    if (named > k) {
      k = named - 1;
      continue;
    }
    if (t.lower === 'the' && k > first && tokens[k - 1]?.lower === 'of') continue;
    if (!t.capitalized && /^[a-z-]+$/.test(t.lower) && lowercase < 3 && last < 0 && DETERMINERS.has(start.lower)) {
      lowercase++;
      if (PERSON_NOUN_ENDING.test(t.lower) && !isWord(tokens[k + 1])) last = k;
      continue;
    }
    break;
  }
  return last >= first ? { first, last } : null;
}
