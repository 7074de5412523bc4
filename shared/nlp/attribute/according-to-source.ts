import { SOURCE_AFTER_PHRASES } from '../lang/en/cue-phrases';
import type { Token } from '../quotes/tokens';
import { firstStartingFrom } from './spans-by-start';
import type { Span } from '../types';
import { RELATIVE_CLAUSE_OPENERS } from '../lang/en/pronouns';

/** Tokens between the cue and the ", according to" that reports it: "said in a bill filed in Manila's House of Representatives". */
const MAX_GAP = 40;
/** Tokens the reporting source may run: "audio provided by Wyoming Public Radio", "excerpts of his speech released by the White House". */
const MAX_SOURCE = 14;
const SENTENCE_END = new Set(['.', '!', '?', ';', ':']);

/**
 * "“…,” Sanders said, according to CNN.": a quotation whose cue is itself reported by someone else is,
 * as PolNeAR marks it, attributed to the outer source (CNN), with the speaker's own saying nested in it.
 * Returns that source phrase (up to the next punctuation), or null when the cue's clause carries no such
 * report. Scans at most MAX_GAP tokens past the cue and stops at another quotation or the clause's end.
 */
export function accordingToSource(tokens: readonly Token[], cue: Span, quotation: Span, sentenceEnd: number): Span | null {
  let k = firstStartingFrom(tokens, cue.end);
  const gapEnd = Math.min(tokens.length, k + MAX_GAP);
  for (; k < gapEnd; k++) {
    const t = tokens[k] as Token;
    // A relative clause after the cue owns a report within it: "the gap, which stood at 263, according to the AP".
    if (t.start >= sentenceEnd || (RELATIVE_CLAUSE_OPENERS.has(t.lower) && tokens[k - 1]?.lower === ',')) return null;
    // The quotation itself may stand between the cue and the report: "threatening “a major lawsuit,” according to …".
    const ownQuote = t.kind === 'quote' && t.start < quotation.end && t.end > quotation.start;
    if ((t.kind === 'quote' && (!ownQuote || t.endsSentence)) || SENTENCE_END.has(t.lower)) return null;
    // "…,” according to": the comma may sit inside the closing quote mark.
    if (t.lower !== ',' && !(ownQuote && t.endsWithComma)) continue;
    const opener = SOURCE_AFTER_PHRASES.find((words) => words.every((w, i) => tokens[k + 1 + i]?.lower === w));
    if (opener) return phraseFrom(tokens, k + 1 + opener.length, sentenceEnd);
  }
  return null;
}

/** Marks that join the words of a source name: "a CNN/ORC poll", "AT&T", "Associated Press-GfK". */
const NAME_JOINERS = new Set(['/', '&', '-']);

/** The words from `first` up to the next punctuation mark or the sentence's end: "the Las Vegas Sun", "a CNN/ORC poll". */
function phraseFrom(tokens: readonly Token[], first: number, sentenceEnd: number): Span | null {
  let last = first - 1;
  for (let k = first; k < tokens.length && k - first < MAX_SOURCE; k++) {
    const t = tokens[k] as Token;
    if (t.start >= sentenceEnd || !(t.kind === 'word' || (NAME_JOINERS.has(t.lower) && tokens[k + 1]?.kind === 'word'))) break;
    if (t.kind === 'word') last = k;
  }
  if (last < first) return null;
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end };
}
