import { ASKED_AUXILIARIES, ASKED_LEADS, QUESTION_ADVERBIAL_LEADS, QUESTION_OPENERS } from '../lang/en/asked-questions';
import type { ClauseUnit } from './clause-units';
import { nounPhraseStartingAt, type TokenRange } from './noun-phrases';
import type { Token } from './tokens';

/** Where a reported question begins and who asked it, when the text says. */
export interface AskedQuestion {
  readonly source: TokenRange | null;
  /** "was asked": the auxiliary token, which annotators include in the cue. */
  readonly auxiliary?: number;
  /** The question word that opens the content, past any adverbial after "asked" ("Asked on Fox News who leads …"). */
  readonly opener: number;
}

/** Tokens an adverbial between "asked" and its question may run: "Asked at a briefing Monday in Washington about …". */
const MAX_QUESTION_ADVERBIAL = 10;

/**
 * The question word at `at`, or past an adverbial that opens there ("on Fox News", "during a luncheon held by
 * The Wall Street Journal") and holds no punctuation; -1 when there is none.
 */
function questionOpenerFrom(tokens: readonly Token[], at: number, end: number): number {
  const first = tokens[at];
  if (at >= end || first === undefined || first.kind !== 'word') return -1;
  if (QUESTION_OPENERS.has(first.lower)) return at;
  if (!QUESTION_ADVERBIAL_LEADS.has(first.lower)) return -1;
  for (let k = at + 1; k < end && k - at <= MAX_QUESTION_ADVERBIAL; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return -1;
    if (QUESTION_OPENERS.has(t.lower)) return k + 1 < end && tokens[k + 1]?.kind === 'word' ? k : -1;
  }
  return -1;
}

/**
 * "Asked whether he would support Trump, Ryan said …", "… Christie said when asked whether he would …",
 * "Asked by Matt Lauer whether she had practiced, she said …", "Trump was asked what he thought …", "Asked on
 * Monday whether …": a participle "asked" that opens its clause (or a passive one) and is followed (past an
 * optional "by" asker and an adverbial) by a question word reports a question. Annotators mark the
 * question as content of the cue "asked", with the asker as source or none; the speech-verb rules find no
 * subject for it (the subject of the clause is the one who answers). Null for any other "asked".
 */
export function askedQuestionAt(tokens: readonly Token[], k: number, unit: ClauseUnit): AskedQuestion | null {
  const before = k > unit.first ? tokens[k - 1] : undefined;
  // "Trump was asked what …": the one asked is the subject, the asker unnamed, as with a fronted "Asked".
  const passive = before !== undefined && before.kind === 'word' && ASKED_AUXILIARIES.has(before.lower);
  if (before !== undefined && !passive && before.lower !== ',' && !(before.kind === 'word' && ASKED_LEADS.has(before.lower))) return null;
  let next = k + 1;
  let source: TokenRange | null = null;
  if (tokens[next]?.lower === 'by') {
    source = nounPhraseStartingAt(tokens, next + 1, unit.end, true);
    if (!source) return null;
    next = source.last + 1;
  }
  const opener = questionOpenerFrom(tokens, next, unit.end);
  if (opener < 0) return null;
  return passive ? { source, auxiliary: k - 1, opener } : { source, opener };
}

/** The question ends at its clause's comma ("Asked whether …, Ryan said"): the last token before it. */
export function questionEnd(tokens: readonly Token[], from: number, stop: number): number {
  for (let k = from + 1; k <= stop; k++) if ((tokens[k] as Token).lower === ',') return k - 1;
  return stop;
}
