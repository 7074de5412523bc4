import { ASKED_AUXILIARIES, ASKED_LEADS, QUESTION_OPENERS } from '../lang/en/asked-questions';
import type { ClauseUnit } from './clause-units';
import { nounPhraseStartingAt, type TokenRange } from './noun-phrases';
import type { Token } from './tokens';

/** Where a reported question begins and who asked it, when the text says. */
export interface AskedQuestion {
  readonly source: TokenRange | null;
  /** "was asked": the auxiliary token, which annotators include in the cue. */
  readonly auxiliary?: number;
}

/**
 * "Asked whether he would support Trump, Ryan said …", "… Christie said when asked whether he would …",
 * "Asked by Matt Lauer whether she had practiced, she said …", "Trump was asked what he thought …": a
 * participle "asked" that opens its clause (or a passive one) and is followed (past an optional "by" asker) by a question word reports a question. Annotators mark the
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
  const opener = tokens[next];
  if (next >= unit.end || opener === undefined || opener.kind !== 'word' || !QUESTION_OPENERS.has(opener.lower)) return null;
  return passive ? { source, auxiliary: k - 1 } : { source };
}

/** The question ends at its clause's comma ("Asked whether …, Ryan said"): the last token before it. */
export function questionEnd(tokens: readonly Token[], from: number, stop: number): number {
  for (let k = from + 1; k <= stop; k++) if ((tokens[k] as Token).lower === ',') return k - 1;
  return stop;
}
