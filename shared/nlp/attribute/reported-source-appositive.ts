import { APPOSITIVE_OPENERS, APPOSITIVE_VERB_WORDS } from '../lang/en/reported-source-appositives';
import type { Span } from '../types';

/** Characters an appositive may run: "a law professor and political scientist at Washington University in St. Louis". */
const MAX_APPOSITIVE = 120;
const isLowerLetter = (c: number): boolean => c >= 97 && c <= 122;

/**
 * "according to Dennis B. Ross, another former American special envoy": the description set off after a reported
 * source belongs to it, as PolNeAR marks it, when it opens like a description ("a", "another", "one of",
 * "director of") and holds no verb. Returns the source with the appositive, or the source as given.
 */
export function withReportedSourceAppositive(source: Span, text: string): Span {
  if (text[source.end] !== ',' || text[source.end + 1] !== ' ') return source;
  const from = source.end + 2;
  let end = from;
  while (end < text.length && end - from < MAX_APPOSITIVE && !',.;:!?\n"“”()'.includes(text[end] as string)) end++;
  // "St. Louis", "D.C.": a period inside an abbreviation does not end the appositive.
  while (text[end] === '.' && end + 1 < text.length && text[end + 1] !== ' ' && text[end + 1] !== '\n') {
    end++;
    while (end < text.length && end - from < MAX_APPOSITIVE && !',.;:!?\n"“”()'.includes(text[end] as string)) end++;
  }
  const appositive = text.slice(from, end);
  const words = appositive.split(' ');
  const first = (words[0] ?? '').toLowerCase();
  // A possessive ("Clinton's favorability fell …") opens a clause as often as a description: not taken.
  if (!APPOSITIVE_OPENERS.has(first) || words.length < 2) return source;
  if (words.some((w) => APPOSITIVE_VERB_WORDS.has(w) || (w.length > 4 && isLowerLetter(w.charCodeAt(0)) && w.endsWith('ed')))) return source;
  return { start: source.start, end };
}
