import { NAME_TITLES } from '../lang/en/person-titles';
import type { Span } from '../types';
import type { MarkedQuote } from './quote-marks';
import { codePointWidth, codePointWithin, isLetterOrNumber, isSpaceUnit, isUppercaseUnit } from './word-characters';

export type TokenKind = 'word' | 'punct' | 'quote';

/** A word, a punctuation mark, or a whole marked quotation treated as one opaque token. */
export interface Token extends Span {
  readonly kind: TokenKind;
  /** Lower-case text for words and punctuation; '' for quotations. */
  readonly lower: string;
  readonly capitalized: boolean;
  /** Index into the marked quotes, for quotation tokens. */
  readonly quote: number;
  /** For quotation tokens: the quoted words end a sentence ("… liar."), so a clause cannot run on past them. */
  readonly endsSentence: boolean;
  /** For quotation tokens: the quoted words end with a comma ("…useful," adding), which counts as the clause's comma. */
  readonly endsWithComma: boolean;
}

const SENTENCE_END = /[.!?][\s"'”’»]*$/;
const ENDS_WITH_COMMA = /,\s*$/;

/** A period that belongs to its word: "Sen.", "Mr.", "U.S.", "J.". `lower` is the word in lower case, which the token needs anyway. */
function keepsPeriod(word: string, lower: string): boolean {
  return NAME_TITLES.has(lower) || lower.includes('.') || (word.length === 1 && isUppercaseUnit(word.charCodeAt(0))) || lower === 'jr' || lower === 'st';
}

/** Past the letters and numbers from `at`: the end of the run, `at` itself when there is none. */
function runEnd(text: string, at: number): number {
  let end = at;
  while (end < text.length) {
    const code = text.charCodeAt(end);
    if (code < 0x80) {
      if (!isLetterOrNumber(code)) break;
      end++;
      continue;
    }
    const codePoint = codePointWithin(text, end);
    if (!isLetterOrNumber(codePoint)) break;
    end += codePointWidth(codePoint);
  }
  return end;
}

const isJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2d || code === 0x26;

/**
 * The end of the word that starts at `at` (`at` when none does): `[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*`,
 * scanned by hand because running that expression once per token was the tokenizer's main cost.
 */
function wordEnd(text: string, at: number): number {
  let end = runEnd(text, at);
  if (end === at) return at;
  while (end + 1 < text.length && isJoiner(text.charCodeAt(end))) {
    const next = runEnd(text, end + 1);
    if (next === end + 1) break;
    end = next;
  }
  return end;
}

const isAsciiLetterOrDigit = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);

/**
 * `wordEnd` for a word that starts with an ASCII letter or digit, as long as it stays ASCII (most
 * words): one tight loop. -1 when a character past ASCII is met where the word could go on; the
 * caller then scans it with `wordEnd`.
 */
function asciiWordEnd(text: string, at: number): number {
  const length = text.length;
  let end = at + 1;
  for (;;) {
    while (end < length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
    if (end >= length) return end;
    const code = text.charCodeAt(end);
    if (code >= 0x80) return -1;
    if (!isJoiner(code) || end + 1 >= length) return end;
    const next = text.charCodeAt(end + 1);
    if (next >= 0x80) return -1;
    if (!isAsciiLetterOrDigit(next)) return end;
    end += 2;
  }
}

/** Whether `text[start, end)` has neither capitals nor non-ASCII characters: most words, which are then their own lower case. */
function isLowerAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (code >= 0x41 && code <= 0x5a)) return false;
  }
  return true;
}

/**
 * Tokens of the whole text in one pass; each marked quotation becomes a single token so that
 * clause patterns see `"…," he said` as QUOTE , he said. Every token is built with the same fields
 * in the same order (false where they do not apply): one object shape keeps the clause code that
 * reads tokens monomorphic, which measured ~3% faster than optional fields.
 */
export function tokenize(text: string, quotes: readonly MarkedQuote[]): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let q = 0;
  /** Where the next marked quotation opens (the text's length after the last): read once per quotation, not per token. */
  let quoteStart = quotes.length > 0 ? (quotes[0] as MarkedQuote).outer.start : length;
  let i = 0;
  while (i < length) {
    if (i >= quoteStart) {
      const nextQuote = quotes[q] as MarkedQuote;
      const lastPiece = nextQuote.pieces[nextQuote.pieces.length - 1];
      const endsSentence = lastPiece ? SENTENCE_END.test(text.slice(Math.max(lastPiece.start, lastPiece.end - 3), nextQuote.outer.end)) : false;
      const endsWithComma = lastPiece ? ENDS_WITH_COMMA.test(text.slice(Math.max(lastPiece.start, lastPiece.end - 2), lastPiece.end)) : false;
      tokens.push({ start: nextQuote.outer.start, end: nextQuote.outer.end, kind: 'quote', lower: '', capitalized: false, quote: q, endsSentence, endsWithComma });
      i = Math.max(i, nextQuote.outer.end);
      q++;
      quoteStart = q < quotes.length ? (quotes[q] as MarkedQuote).outer.start : length;
      continue;
    }
    const code = text.charCodeAt(i);
    if (isSpaceUnit(code)) {
      i++;
      continue;
    }
    let end = isAsciiLetterOrDigit(code) ? asciiWordEnd(text, i) : -1;
    if (end < 0) end = wordEnd(text, i);
    if (end > i) {
      if (end > quoteStart) end = quoteStart;
      const word = text.slice(i, end);
      let lower = isLowerAscii(text, i, end) ? word : word.toLowerCase();
      // A kept period is case-ignorable, so lower-casing the word with it gives `lower` and the period.
      if (text.charCodeAt(end) === 0x2e && keepsPeriod(word, lower)) {
        end++;
        lower += '.';
      }
      tokens.push({ start: i, end, kind: 'word', lower, capitalized: isUppercaseUnit(code), quote: -1, endsSentence: false, endsWithComma: false });
      i = end;
      continue;
    }
    tokens.push({ start: i, end: i + 1, kind: 'punct', lower: text[i] as string, capitalized: false, quote: -1, endsSentence: false, endsWithComma: false });
    i++;
  }
  return tokens;
}
