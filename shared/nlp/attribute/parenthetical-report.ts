import { CLOSING_REPORT_VERBS } from '../lang/en/closing-report-verbs';
import { nounPhraseEndingAt } from '../quotes/noun-phrases';
import type { Token } from '../quotes/tokens';
import type { Span } from '../types';
import { firstStartingFrom } from './spans-by-start';

/** Words of the reporting subject between the commas: "he", "Mr. Tripp", "the former governor". */
const MAX_SUBJECT = 6;

/**
 * "South Carolina, he said, was “where we have a chance …”": a report set off by commas inside the sentence
 * credits the sentence's quoted words to its subject. Returns the subject of the first such aside between the
 * sentence's start and `before` (the quotation), or null.
 */
export function parentheticalReport(tokens: readonly Token[], sentence: Span, before: number): Span | null {
  const first = firstStartingFrom(tokens, sentence.start);
  for (let k = first; k < tokens.length && (tokens[k] as Token).end <= before; k++) {
    if ((tokens[k] as Token).lower !== ',') continue;
    for (let v = k + 2; v <= k + 1 + MAX_SUBJECT && v < tokens.length; v++) {
      const w = tokens[v] as Token;
      if (w.kind !== 'word' || w.end > before) break;
      if (w.capitalized || !CLOSING_REPORT_VERBS.has(w.lower)) continue;
      const closing = tokens[v + 1];
      if (closing?.lower !== ',' && closing?.lower !== ':') break;
      const subject = nounPhraseEndingAt(tokens, v - 1, k + 1);
      if (subject && subject.first === k + 1) return { start: (tokens[k + 1] as Token).start, end: (tokens[v - 1] as Token).end };
      break;
    }
  }
  return null;
}
