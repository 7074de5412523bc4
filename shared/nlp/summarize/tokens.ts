import { codePointWidth, codePointWithin, isLetterOrNumber } from '../quotes/word-characters';
import { TypedArena } from './typed-arena';
import { HASH_PRIME, HASH_SEED, formAt } from './word-forms';

/** A mark that joins two runs of letters or numbers into one word: "don't", "U.S.", "3,000", "1.5". */
const isInnerMark = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2c;

/** ASCII letters and digits, looked up rather than range-tested: the scanner asks for every character. */
const ASCII_WORD = new Uint8Array(128);
for (let code = 0; code < 128; code++) ASCII_WORD[code] = isLetterOrNumber(code) ? 1 : 0;

const isWordCharacterAt = (text: string, at: number, end: number): boolean => {
  const unit = text.charCodeAt(at);
  return unit < 128 ? ASCII_WORD[unit] === 1 : isLetterOrNumber(codePointWithin(text, at, end));
};

/** Form numbers are gathered here, then copied out at their final length. */
let scratch = new Int32Array(256);

/**
 * Splits text[start, end) (by default all of it) into words, exactly as if that span were
 * sliced out first, and returns each word's form number (word-forms.ts), in order; a pure
 * function of the span's text within a form generation. A word is what
 * `[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*` (unicode) matches, found by one scan over code points
 * that hashes each word as it goes, so a word already seen costs neither a substring, nor a
 * string hash, nor a second pass over its characters.
 */
export function tokenize(text: string, start = 0, end = text.length, arena = new TypedArena(1024)): Int32Array {
  let count = 0;
  let at = start;
  while (at < end) {
    const unit = text.charCodeAt(at);
    if (unit < 128) {
      if (ASCII_WORD[unit] !== 1) {
        at++;
        continue;
      }
    } else {
      const codePoint = codePointWithin(text, at, end);
      if (!isLetterOrNumber(codePoint)) {
        at += codePointWidth(codePoint);
        continue;
      }
    }
    const wordStart = at;
    let hash = HASH_SEED;
    while (at < end) {
      const code = text.charCodeAt(at);
      if (code < 128 && ASCII_WORD[code] === 1) {
        hash = Math.imul(hash ^ code, HASH_PRIME);
        at++;
      } else if (code >= 128 && isLetterOrNumber(codePointWithin(text, at, end))) {
        const width = codePointWidth(codePointWithin(text, at, end));
        for (let k = 0; k < width; k++) hash = Math.imul(hash ^ text.charCodeAt(at + k), HASH_PRIME);
        at += width;
      } else if (isInnerMark(code) && at + 1 < end && isWordCharacterAt(text, at + 1, end)) {
        // The mark joins what follows; the next step reads the word character after it.
        hash = Math.imul(hash ^ code, HASH_PRIME);
        at++;
      } else break;
    }
    if (count === scratch.length) {
      const bigger = new Int32Array(count * 2);
      bigger.set(scratch);
      scratch = bigger;
    }
    scratch[count++] = formAt(text, wordStart, at, hash);
  }
  const forms = arena.int32(count);
  forms.set(scratch.subarray(0, count));
  return forms;
}

/**
 * How many maximal runs of letters and numbers text[start, end) holds: the number of matches
 * of `/[\p{L}\p{N}]+/gu`, counted by a scan instead of building the match array.
 */
export function countLetterRuns(text: string, start = 0, end = text.length): number {
  let runs = 0;
  let inRun = false;
  let at = start;
  while (at < end) {
    const codePoint = codePointWithin(text, at, end);
    const letter = isLetterOrNumber(codePoint);
    if (letter && !inRun) runs++;
    inRun = letter;
    at += codePointWidth(codePoint);
  }
  return runs;
}
