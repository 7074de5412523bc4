import { isLineBreak, isSpace } from '../segment/char-classes';

/**
 * The character classes of the quote tokenizer as code-point tests, so that words are scanned
 * without running a regular expression per token. Each test gives exactly what its regular
 * expression would: ASCII is decided by range checks, any other character by the expression
 * itself, remembered per code unit so that it runs at most once per distinct character.
 */

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const UPPERCASE = /\p{Lu}/u;

const UNKNOWN = 0;
const YES = 1;
const NO = 2;
const letterOrNumberMemo = new Uint8Array(0x10000);
const uppercaseMemo = new Uint8Array(0x10000);

/** Looks a BMP code unit up in `memo`, running `pattern` on it the first time only. */
function remembered(memo: Uint8Array, pattern: RegExp, code: number): boolean {
  const known = memo[code];
  if (known !== UNKNOWN) return known === YES;
  const matches = pattern.test(String.fromCharCode(code));
  memo[code] = matches ? YES : NO;
  return matches;
}

/** `[\p{L}\p{N}]` in a /u expression, on a whole code point (astral ones included). */
export function isLetterOrNumber(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x30 && codePoint <= 0x39) || (codePoint >= 0x41 && codePoint <= 0x5a) || (codePoint >= 0x61 && codePoint <= 0x7a);
  if (codePoint > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
  return remembered(letterOrNumberMemo, LETTER_OR_NUMBER, codePoint);
}

/** `/\p{Lu}/u` on one UTF-16 code unit (a lone surrogate is never upper case). */
export function isUppercaseUnit(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return remembered(uppercaseMemo, UPPERCASE, code);
}

/** `/\s/` on one UTF-16 code unit: the segmenter's spaces and line breaks together (ASCII first: this runs on every character of a word scan). */
export const isSpaceUnit = (code: number): boolean => (code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : isSpace(code) || isLineBreak(code));

/**
 * The code point at `at` of `text.slice(0, end)`: a surrogate pair cut by `end` leaves a lone
 * surrogate, which stands for itself, as in a /u expression run on the slice.
 */
export function codePointWithin(text: string, at: number, end = text.length): number {
  const unit = text.charCodeAt(at);
  if (unit < 0xd800 || unit > 0xdbff || at + 1 >= end) return unit;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : unit;
}

/** UTF-16 units the code point takes. */
export const codePointWidth = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);
