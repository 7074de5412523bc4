import { NAME_TITLES } from '../lang/en/person-titles';
import type { Span } from '../types';
import type { MarkedQuote } from './quote-marks';

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
  readonly endsSentence?: boolean;
  /** For quotation tokens: the quoted words end with a comma ("…useful," adding), which counts as the clause's comma. */
  readonly endsWithComma?: boolean;
}

const SENTENCE_END = /[.!?][\s"'”’»]*$/;

const WORD = /[\p{L}\p{N}]+(?:['’.\-&][\p{L}\p{N}]+)*/uy;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;

/** A period that belongs to its word: "Sen.", "Mr.", "U.S.", "J.". */
function keepsPeriod(word: string): boolean {
  const lower = word.toLowerCase();
  return NAME_TITLES.has(lower) || lower.includes('.') || (word.length === 1 && UPPER.test(word)) || lower === 'jr' || lower === 'st';
}

/**
 * Tokens of the whole text in one pass; each marked quotation becomes a single token so that
 * clause patterns see `"…," he said` as QUOTE , he said.
 */
export function tokenize(text: string, quotes: readonly MarkedQuote[]): Token[] {
  const tokens: Token[] = [];
  let q = 0;
  let i = 0;
  while (i < text.length) {
    const nextQuote = quotes[q];
    if (nextQuote && i >= nextQuote.outer.start) {
      const lastPiece = nextQuote.pieces[nextQuote.pieces.length - 1];
      const endsSentence = lastPiece ? SENTENCE_END.test(text.slice(Math.max(lastPiece.start, lastPiece.end - 3), nextQuote.outer.end)) : false;
      const endsWithComma = lastPiece ? /,\s*$/.test(text.slice(Math.max(lastPiece.start, lastPiece.end - 2), lastPiece.end)) : false;
      tokens.push({ start: nextQuote.outer.start, end: nextQuote.outer.end, kind: 'quote', lower: '', capitalized: false, quote: q, endsSentence, endsWithComma });
      i = Math.max(i, nextQuote.outer.end);
      q++;
      continue;
    }
    const code = text.charCodeAt(i);
    if (code === 32 || (code >= 9 && code <= 13) || (code > 127 && SPACE.test(text[i] as string))) {
      i++;
      continue;
    }
    const ch = text[i] as string;
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      let end = i + m[0].length;
      if (nextQuote && end > nextQuote.outer.start) end = nextQuote.outer.start;
      let word = text.slice(i, end);
      if (text[end] === '.' && keepsPeriod(word)) {
        end++;
        word += '.';
      }
      tokens.push({ start: i, end, kind: 'word', lower: word.toLowerCase(), capitalized: UPPER.test(word[0] ?? ''), quote: -1 });
      i = end;
      continue;
    }
    tokens.push({ start: i, end: i + 1, kind: 'punct', lower: ch, capitalized: false, quote: -1 });
    i++;
  }
  return tokens;
}
