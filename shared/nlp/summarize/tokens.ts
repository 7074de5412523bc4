import { isLetterOrNumber } from '../quotes/word-characters';
import { wordToken, type Token } from './word-forms';

export type { Token } from './word-forms';

/**
 * `codePointAt(at)` of `text.slice(0, end)`: a surrogate pair cut by `end` is a lone
 * surrogate, as it would be in the sliced sentence.
 */
function codePointBefore(text: string, at: number, end: number): number {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff || at + 1 >= end) return unit;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : unit;
}

/** A mark that joins two runs of letters or numbers into one word: "don't", "U.S.", "3,000", "1.5". */
const isInnerMark = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2c;

const codePointWidth = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

/** End of the run of letters and numbers starting at `from` (which may be empty), not past `end`. */
function runEnd(text: string, from: number, end: number): number {
  let at = from;
  while (at < end) {
    const codePoint = codePointBefore(text, at, end);
    if (!isLetterOrNumber(codePoint)) break;
    at += codePointWidth(codePoint);
  }
  return at;
}

/**
 * Splits text[start, end) (by default all of it) into tokens, exactly as if that span were
 * sliced out first; pure function of the span's text. A word is what
 * `[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*` (unicode) matches, found by a scan over code points
 * rather than `matchAll`, which allocates a match array per word on the summarizer's hottest
 * path; scanning the article in place spares a substring per sentence and per word.
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let at = start;
  while (at < end) {
    const codePoint = codePointBefore(text, at, end);
    if (!isLetterOrNumber(codePoint)) {
      at += codePointWidth(codePoint);
      continue;
    }
    const wordStart = at;
    at = runEnd(text, at, end);
    while (at + 1 < end && isInnerMark(text.charCodeAt(at)) && isLetterOrNumber(codePointBefore(text, at + 1, end))) {
      at = runEnd(text, at + 1, end);
    }
    tokens.push(wordToken(text, wordStart, at, tokens.length === 0));
  }
  return tokens;
}

/**
 * How many maximal runs of letters and numbers text[start, end) holds: the number of matches
 * of `/[\p{L}\p{N}]+/gu`, counted by a scan instead of building the match array.
 */
export function countLetterRuns(text: string, start = 0, end = text.length): number {
  let runs = 0;
  let at = start;
  while (at < end) {
    const codePoint = codePointBefore(text, at, end);
    if (isLetterOrNumber(codePoint)) {
      runs++;
      at = runEnd(text, at, end);
    } else at += codePointWidth(codePoint);
  }
  return runs;
}
