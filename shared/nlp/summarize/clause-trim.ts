import type { Span } from '../types';
import { countLetterRuns } from './tokens';

/** Openings a short point does without: they tie the sentence to the one before it. */
const LEADING_CONNECTIVE = /^\s*(?:but|and|so|yet|however|meanwhile|also|still|instead|indeed|now|then)\b[,]?\s+/i;

/**
 * Trailing attribution of a reported sentence: ", he said.", ", police said on Friday.",
 * ", according to the report." The point keeps the claim; who made it is in "who said what".
 */
const TRAILING_ATTRIBUTION =
  /,\s*(?:[\w'’.-]+\s+){0,6}?(?:said|says|told|added|adds|explained|claimed|warned|according to)\b(?:[\s,]+[^\s"“”]+){0,12}?\s*[.!?]?$/i;
/**
 * A sentence TRAILING_ATTRIBUTION can match holds one of its verbs as a word: a cheap test that
 * spares most sentences its backtracking from every comma.
 */
const ATTRIBUTION_VERB = /\b(?:said|says|told|added|adds|explained|claimed|warned|according to)\b/i;

/** Where a long sentence's main clause usually ends and an aside begins. */
const CLAUSE_BREAK = /(?:,\s+(?:which|who|while|whereas|although|though|but|after|before|as|adding|saying|with|including|prompting|leaving|meaning)\b|;\s+|\s+[-–—]+\s+|:\s+)/g;

/**
 * Shortens a sentence to its main clause, as a sub-span (so its offsets still point at the
 * article's own words): drops a leading connective, a trailing ", X said", and when still
 * longer than `maxWords`, everything after the first clause break that leaves at least
 * `minWords`. Strips a dangling comma or dash (closing a quote it cut), and never returns an empty span.
 */
export function trimToClause(text: string, sentence: Span, maxWords = 28, minWords = 6): Span {
  let start = sentence.start;
  let end = sentence.end;
  const lead = LEADING_CONNECTIVE.exec(text.slice(start, end));
  if (lead && countLetterRuns(text, start + lead[0].length, end) >= minWords) start += lead[0].length;

  const rest = text.slice(start, end);
  const attribution = ATTRIBUTION_VERB.test(rest) ? TRAILING_ATTRIBUTION.exec(rest) : null;
  if (attribution && countLetterRuns(text, start, start + attribution.index) >= minWords) end = start + attribution.index;

  if (countLetterRuns(text, start, end) > maxWords) {
    const body = text.slice(start, end);
    for (const m of body.matchAll(CLAUSE_BREAK)) {
      if (countLetterRuns(text, start, start + m.index) >= minWords) {
        end = start + m.index;
        break;
      }
    }
  }
  // No dangling comma or quote mark at the end; an opening quote mark with no close goes too.
  while (end > start && /[\s,;:–—-]/.test(text[end - 1] ?? '')) end--;
  const span = text.slice(start, end);
  const count = (mark: RegExp) => (span.match(mark) ?? []).length;
  const unbalanced = count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
  if (unbalanced && /["”]/.test(text[end] ?? '')) end++;
  return end > start ? { start, end } : sentence;
}
