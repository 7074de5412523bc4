import { CLOSING_REPORT_VERBS } from '../lang/en/closing-report-verbs';
import { nounPhraseEndingAt } from '../quotes/noun-phrases';
import type { Token } from '../quotes/tokens';
import type { Span } from '../types';
import { firstStartingFrom } from './spans-by-start';
import { RELATIVE_CLAUSE_OPENERS } from '../lang/en/pronouns';

/** Words of the reporting subject: "veteran Republicans", "a police report", "people familiar with the talks". */
const MAX_SUBJECT = 8;
/** Words after the verb before the period: "said Tuesday", "said in a statement". */
const MAX_TAIL = 4;
/** Tokens from the cue to the closing report. */
const MAX_SCAN = 60;

/** Is the sentence over after `k`, past at most MAX_TAIL plain words? */
function endsAfter(tokens: readonly Token[], k: number, sentenceEnd: number): boolean {
  for (let n = 0; n <= MAX_TAIL; n++) {
    const t = tokens[k + 1 + n];
    if (!t || t.start >= sentenceEnd) return true;
    if (t.kind !== 'word') return t.lower === '.' || t.lower === '!';
  }
  return false;
}

/**
 * "…, she can now more safely embrace the Bill Clinton years, Democrats said.": a cue inside a sentence that
 * closes with ", <subject> <report verb>." is reported by that subject, as PolNeAR marks it. Returns the
 * subject, or null when the cue's sentence does not close that way (or the quotation runs past the comma).
 */
export function closingReportSource(tokens: readonly Token[], cue: Span, quotation: Span, sentenceEnd: number): Span | null {
  const from = firstStartingFrom(tokens, Math.max(cue.end, quotation.end));
  for (let k = from; k < tokens.length && k - from < MAX_SCAN; k++) {
    const t = tokens[k] as Token;
    if (t.start >= sentenceEnd || t.kind === 'quote') return null;
    if (t.lower !== ',') continue;
    // A relative clause owns a report that closes it: "…, which he said were at his side, the footage showed."
    if (RELATIVE_CLAUSE_OPENERS.has(tokens[k + 1]?.lower ?? '')) return null;
    for (let v = k + 2; v <= k + 1 + MAX_SUBJECT && v < tokens.length; v++) {
      const w = tokens[v] as Token;
      if (w.kind !== 'word' || w.start >= sentenceEnd) break;
      if (!w.capitalized && CLOSING_REPORT_VERBS.has(w.lower) && endsAfter(tokens, v, sentenceEnd)) {
        // The words between the comma and the verb must be one noun phrase ("veteran Republicans"), not a clause ("neither side would").
        const subject = nounPhraseEndingAt(tokens, v - 1, k + 1);
        return subject && subject.first === k + 1 ? { start: (tokens[k + 1] as Token).start, end: (tokens[v - 1] as Token).end } : null;
      }
    }
  }
  return null;
}
