import type { Span, TextSpan } from '../types';
import { trimToClause } from './clause-trim';

/** A span with its text, so `text === document.text.slice(start, end)` by construction. */
export const textSpan = (text: string, span: Span): TextSpan => ({ start: span.start, end: span.end, text: text.slice(span.start, span.end) });

/** A sentence cut to its main clause, as a TextSpan. */
export const clauseSpan = (text: string, sentence: Span, maxWords?: number): TextSpan => textSpan(text, trimToClause(text, sentence, maxWords));
