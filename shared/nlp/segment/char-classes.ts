/**
 * Character tests on UTF-16 code units, used by the segment scanners instead of regular
 * expressions so that every scan is one linear pass with no backtracking.
 */

const UPPERCASE = /^[\p{Lu}\p{Lt}]$/u;
const LOWERCASE = /^\p{Ll}$/u;
const LETTER = /^\p{L}$/u;

export const isLineBreak = (code: number): boolean => code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;

export const isSpace = (code: number): boolean =>
  code === 0x20 ||
  code === 0x09 ||
  code === 0x0b ||
  code === 0x0c ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;

export const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

export function isUppercase(code: number): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPERCASE.test(String.fromCharCode(code));
}

export function isLowercase(code: number): boolean {
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return LOWERCASE.test(String.fromCharCode(code));
}

export function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  return LETTER.test(String.fromCharCode(code));
}

export const isLetterOrDigit = (code: number): boolean => isDigit(code) || isLetter(code);

/** A-Z and a-z only: for scans that stop at anything else, accented letters included. */
export const isAsciiLetter = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Characters that can end a sentence: . ! ? … and the fullwidth/CJK forms. */
export const isTerminal = (code: number): boolean =>
  code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026 || code === 0x203c || code === 0x2049 || code === 0x3002 || code === 0xff01 || code === 0xff1f;

/** Characters that may close a quotation or a bracket right after a sentence's final punctuation. */
export const isClosing = (code: number): boolean =>
  code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d || code === 0x7d || code === 0xbb;

/** Characters that may open a quotation or a bracket at the start of a sentence. */
export const isOpening = (code: number): boolean =>
  code === 0x22 || code === 0x27 || code === 0x201c || code === 0x2018 || code === 0x28 || code === 0x5b || code === 0x7b || code === 0xab || code === 0x201e;

/** Punctuation that continues a sentence when it follows a "?" or "!" after a space: `Why? , he asked`. */
export const isContinuingPunctuation = (code: number): boolean =>
  code === 0x2c || code === 0x3b || code === 0x3a || code === 0x29 || code === 0x5d || code === 0x7d || code === 0x2e;
