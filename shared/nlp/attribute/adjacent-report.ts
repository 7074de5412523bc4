import { ADJACENT_REPORT_VERBS } from '../lang/en/adjacent-report-verbs';
import { QUOTE_CHARACTERS } from '../lang/en/quote-marks';
import { nounPhraseEndingAt, nounPhraseStartingAt } from '../quotes/noun-phrases';
import type { Token } from '../quotes/tokens';
import type { Span } from '../types';
import { firstStartingFrom } from './spans-by-start';

/** Tokens of the sentence before the quotation that are searched for its report. */
const MAX_SENTENCE = 40;
/** Words of the reporter's phrase after an inverted verb: "said retired Army Lt. Gen. Mick Bednarek". */
const MAX_INVERTED_SUBJECT = 12;
/** Words after the verb before the period: "said Friday", "said over the phone", "told the AP". */
const MAX_TAIL = 4;

/** A speaker phrase the report names, and whether it follows its verb ("said Mr. Meyer") or precedes it. */
export interface AdjacentReport {
  readonly mention: Span;
  readonly afterVerb: boolean;
}

const isSentenceEnd = (t: Token): boolean => (t.kind === 'punct' && (t.lower === '.' || t.lower === '!' || t.lower === '?')) || (t.kind === 'quote' && t.endsSentence);

/** A quotation, or a stray quote mark the quotation's token left behind ("…,''' Mr. Putin said"). */
const closesQuotation = (t: Token): boolean => t.kind === 'quote' || (t.kind === 'punct' && QUOTE_CHARACTERS.includes(t.lower));

/** "…,” said X" or "…, said X": the verb opens an inverted report right after a quotation or a comma. */
const opensInverted = (before: Token | undefined): boolean => before !== undefined && (before.lower === ',' || (before.kind === 'quote' && before.endsWithComma));

/** Plain words from `from` up to the period at `period`, at most MAX_TAIL of them. */
function plainTail(tokens: readonly Token[], from: number, period: number): boolean {
  if (period - from > MAX_TAIL) return false;
  for (let k = from; k < period; k++) if ((tokens[k] as Token).kind !== 'word') return false;
  return true;
}

/**
 * Is tokens[first..last] one noun phrase, as a clause subject? "Iowa State University's Dianne Bystrom": a possessive
 * name may open it before the phrase the noun-phrase reader finds.
 */
function opensPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  if (last < first) return false;
  const subject = nounPhraseEndingAt(tokens, last, first);
  return subject !== null && tokens.slice(first, subject.first).every((w) => w.capitalized);
}

/** The first word of the clause whose words end at `last`: after a sentence end, a quotation or a comma. -1 if none. */
function clauseStart(tokens: readonly Token[], last: number, paragraphStart: number): number {
  let k = last;
  while (k >= 0 && (tokens[k] as Token).kind === 'word' && (tokens[k] as Token).start >= paragraphStart) k--;
  const boundary = tokens[k];
  if (k === last || (boundary && boundary.start >= paragraphStart && !isSentenceEnd(boundary) && !closesQuotation(boundary))) return -1;
  return k + 1;
}

/**
 * "“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek. “The bottom line is …”", "Iowa State
 * University's Dianne Bystrom agreed. “Mainstream Republicans …”": a quotation no cue claims, right after a
 * sentence of its paragraph that closes with a report, continues what that reporter said. Returns the
 * reporter as the report names it, or null.
 */
export function precedingReport(tokens: readonly Token[], quotationStart: number, paragraphStart: number): AdjacentReport | null {
  // The quotation's own token (its opening mark) starts at or just before its content.
  let period = firstStartingFrom(tokens, quotationStart) - 1;
  if (tokens[period]?.kind === 'quote') period--;
  const end = tokens[period];
  if (!end || end.lower !== '.' || end.start < paragraphStart) return null;
  for (let v = period - 1; v >= 0 && period - v <= MAX_SENTENCE; v--) {
    const t = tokens[v] as Token;
    if (t.start < paragraphStart || isSentenceEnd(t)) return null;
    if (t.kind !== 'word' || t.capitalized || !ADJACENT_REPORT_VERBS.has(t.lower)) continue;
    if (opensInverted(tokens[v - 1])) {
      // "said retired Army Lt. Gen. Mick Bednarek, who …", "said a 2008 Clinton veteran.": the words up to the
      // period, or to the comma that sets off a description, are the reporter's phrase.
      let last = v;
      while (last + 1 < period && (tokens[last + 1] as Token).kind === 'word' && last - v < MAX_INVERTED_SUBJECT) last++;
      const after = tokens[last + 1] as Token;
      if (last === v || (last + 1 !== period && after.lower !== ',')) return null;
      const words = tokens.slice(v + 1, last + 1);
      if (!words.some((w) => w.capitalized) && !nounPhraseStartingAt(tokens, v + 1, last + 1, true)) return null;
      return { mention: { start: (tokens[v + 1] as Token).start, end: (tokens[last] as Token).end }, afterVerb: true };
    }
    if (!plainTail(tokens, v + 1, period)) return null;
    // The subject must open its clause: the sentence start, or right after a quotation or a comma.
    let opening = v - 1;
    while (opening >= 0 && (tokens[opening] as Token).kind === 'word' && (tokens[opening] as Token).start >= paragraphStart) opening--;
    const first = opening + 1;
    const boundary = tokens[opening];
    if (boundary && boundary.start >= paragraphStart && !isSentenceEnd(boundary) && !closesQuotation(boundary) && boundary.lower !== ',') return null;
    if (opensPhrase(tokens, first, v - 1)) return { mention: { start: (tokens[first] as Token).start, end: (tokens[v - 1] as Token).end }, afterVerb: false };
    // "Sam Lau, the communications director for the Iowa Democratic Party said": a name set off before a description.
    const named = boundary?.lower === ',' ? clauseStart(tokens, opening - 1, paragraphStart) : -1;
    if (named < 0 || !opensPhrase(tokens, named, opening - 1)) return null;
    return { mention: { start: (tokens[named] as Token).start, end: (tokens[v - 1] as Token).end }, afterVerb: false };
  }
  return null;
}

/** Words of the reporter's phrase before its verb: "Justice Department senior trial counsel Caroline Lewis Wolverton". */
const MAX_FOLLOWING_SUBJECT = 10;

/**
 * "''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said, clutching the lectern": a quotation no
 * cue claims, followed in its sentence by a report set right after it, is that reporter's. Returns the reporter as
 * the report names it, or null.
 */
export function followingReport(tokens: readonly Token[], quotationEnd: number, sentenceEnd: number): AdjacentReport | null {
  let k = firstStartingFrom(tokens, quotationEnd);
  while (tokens[k]?.kind === 'punct' && (QUOTE_CHARACTERS.includes((tokens[k] as Token).lower) || (tokens[k] as Token).lower === ',')) k++;
  const first = tokens[k];
  if (!first || first.kind !== 'word' || first.start >= sentenceEnd) return null;
  if (!first.capitalized && ADJACENT_REPORT_VERBS.has(first.lower)) {
    // "…,'' said Senator John McCain of Arizona, referring to …"
    let last = k;
    while (tokens[last + 1]?.kind === 'word' && last - k < MAX_INVERTED_SUBJECT) last++;
    const after = tokens[last + 1];
    if (last === k || (after && after.lower !== ',' && after.lower !== '.')) return null;
    const words = tokens.slice(k + 1, last + 1);
    if (!words.some((w) => w.capitalized) && !nounPhraseStartingAt(tokens, k + 1, last + 1, true)) return null;
    return { mention: { start: (tokens[k + 1] as Token).start, end: (tokens[last] as Token).end }, afterVerb: true };
  }
  // "…''' Mr. Biden said, clutching …", "…,” another supporter wrote on Reddit."
  for (let v = k + 1; v <= k + MAX_FOLLOWING_SUBJECT && v < tokens.length; v++) {
    const t = tokens[v] as Token;
    if (t.kind !== 'word' || t.start >= sentenceEnd) return null;
    if (t.capitalized || !ADJACENT_REPORT_VERBS.has(t.lower)) continue;
    const subject = nounPhraseEndingAt(tokens, v - 1, k);
    if (!subject || !tokens.slice(k, subject.first).every((w) => w.capitalized)) return null;
    return { mention: { start: first.start, end: (tokens[v - 1] as Token).end }, afterVerb: false };
  }
  return null;
}
