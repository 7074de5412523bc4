import { APPOSITIVE_OPENERS, APPOSITIVE_VERB_WORDS } from '../lang/en/source-appositives';
import { HONORIFICS } from '../lang/en/speaker-phrase-edges';
import { US_STATES } from '../lang/en/us-states';
import { isAsciiLetter } from '../segment/char-classes';
import type { Span } from '../types';

/** Characters an appositive may run: "a law professor and political scientist at Washington University in St. Louis". */
const MAX_APPOSITIVE = 120;
/** Long enough for any entry of US_STATES after its comma. */
const STATE_MAX = 16;
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const STOPS = ',.;:!?\n"“”()';

/** The word that ends right before the period at `dot`, lower case. */
function wordBeforePeriod(text: string, dot: number): string {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] as string)) start--;
  return text.slice(start, dot).toLowerCase();
}

/**
 * Does the period at `dot` stay inside the appositive? It does in "St. Louis", "D.C." and "U.S. officials" (a period
 * inside an abbreviation, or after one before a lower-case word), in "Mrs. Clinton" (an honorific) and "Thomas B.
 * Fordham" (an initial).
 */
function periodContinues(text: string, dot: number): boolean {
  const next = text[dot + 1];
  if (next !== ' ') return next !== undefined && next !== '\n';
  const word = wordBeforePeriod(text, dot);
  const after = text[dot + 2] ?? '';
  // "veteran D.C. lobbyist": an abbreviation goes on into a lower-case word; before a capital it may end the sentence.
  if (word.includes('.')) return /\p{Ll}/u.test(after);
  return (HONORIFICS.has(word) || /^\p{Ll}$/u.test(word)) && /\p{Lu}/u.test(after);
}

/** "a truck driver from Ava, Mo.,": a comma before a state continues the place it follows. Returns the state's end, or -1. */
function stateAfterComma(text: string, comma: number): number {
  if (text[comma + 1] !== ' ' || !isAsciiUpper(text.charCodeAt(comma + 2))) return -1;
  const rest = text.slice(comma + 2, comma + 2 + STATE_MAX);
  for (let end = rest.length; end > 0; end--) {
    if (US_STATES.has(rest.slice(0, end).toLowerCase()) && !/\p{L}/u.test(rest[end] ?? '')) return comma + 2 + end;
  }
  return -1;
}

/**
 * "according to John Weaver, a Republican strategist", "Brian Fallon, a spokesman for Mrs. Clinton, said": the
 * description set off after a source belongs to it, as PolNeAR marks it, when it opens like a description ("a",
 * "another", "one of", "director of") and holds no verb. Returns the source with the appositive, or the source as given.
 */
export function withSourceAppositive(source: Span, text: string): Span {
  if (text[source.end] !== ',' || text[source.end + 1] !== ' ') return source;
  const from = source.end + 2;
  // The opening word first: this runs for every source, and most commas after one open no description.
  let end = from;
  while (end < text.length && isAsciiLetter(text.charCodeAt(end))) end++;
  // A possessive ("Clinton's favorability fell …") opens a clause as often as a description: not taken.
  if (text[end] !== ' ' || !APPOSITIVE_OPENERS.has(text.slice(from, end).toLowerCase())) return source;
  for (;;) {
    while (end < text.length && end - from < MAX_APPOSITIVE && !STOPS.includes(text[end] as string)) end++;
    if (end - from >= MAX_APPOSITIVE) break;
    const state = text[end] === ',' ? stateAfterComma(text, end) : -1;
    if (text[end] === '.' && periodContinues(text, end)) end++;
    else if (state > 0) end = state;
    else break;
  }
  const words = text.slice(from, end).split(' ');
  if (words.length < 2) return source;
  if (words.some((w) => APPOSITIVE_VERB_WORDS.has(w) || (w.length > 4 && isLowerLetter(w.charCodeAt(0)) && w.endsWith('ed')))) return source;
  return { start: source.start, end };
}
