import type { Paragraph } from '../types';
import { findMarkedQuotes, type MarkedQuote } from './quote-marks';
import { tokenize, type Token } from './tokens';

export interface DocumentTokens {
  readonly quotes: readonly MarkedQuote[];
  readonly tokens: readonly Token[];
}

let last: { text: string; paragraphs: readonly Paragraph[]; value: DocumentTokens } | null = null;

/**
 * Quote marks and tokens of a text. segment() and attribute() both need them for the same text one
 * after the other, so the latest result is kept: a pure function with a one-entry memo.
 */
export function documentTokens(text: string, paragraphs: readonly Paragraph[]): DocumentTokens {
  if (last && last.text === text && last.paragraphs === paragraphs) return last.value;
  const quotes = findMarkedQuotes(text, paragraphs);
  const value = { quotes, tokens: tokenize(text, quotes) };
  last = { text, paragraphs, value };
  return value;
}
