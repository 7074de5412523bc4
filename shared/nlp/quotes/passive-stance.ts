import { PASSIVE_STANCE_ADVERBS, PASSIVE_STANCE_AUXILIARIES, PASSIVE_STANCE_CUES, SUBJECT_VERB_FILLERS } from '../lang/en/cue-phrases';
import type { ClauseUnit } from './clause-units';
import { nounPhraseEndingAt, type TokenRange } from './noun-phrases';
import type { Token } from './tokens';

/** Adverbs allowed between the auxiliary and the verb: "was originally expected", "are not necessarily expected". */
const MAX_ADVERBS = 2;

const isAdverb = (t: Token): boolean => t.kind === 'word' && (PASSIVE_STANCE_ADVERBS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 3));

/** A passive stance ("The sale is expected to expand …"): the auxiliary that opens the cue and the raised subject, if any. */
export interface PassiveStance {
  readonly auxiliary: number;
  readonly subject: TokenRange | null;
}

/**
 * Whether token `k` is a passive stance verb (PASSIVE_STANCE_CUES) after a form of "be" and before
 * "to": "is expected to", "was originally expected to", "are said to". Its subject is the noun phrase
 * before the auxiliary (past modals: "would be expected to").
 */
export function passiveStanceAt(tokens: readonly Token[], k: number, unit: ClauseUnit): PassiveStance | null {
  const t = tokens[k] as Token;
  if (tokens[k + 1]?.lower !== 'to' || k + 2 >= unit.end || tokens[k + 2]?.kind !== 'word' || !PASSIVE_STANCE_CUES.has(t.lower)) return null;
  let aux = k - 1;
  for (let n = 0; n < MAX_ADVERBS && aux > unit.first && isAdverb(tokens[aux] as Token); n++) aux--;
  if (aux < unit.first || !PASSIVE_STANCE_AUXILIARIES.has((tokens[aux] as Token).lower)) return null;
  let last = aux - 1;
  while (last >= unit.first && (tokens[last] as Token).kind === 'word' && SUBJECT_VERB_FILLERS.has((tokens[last] as Token).lower)) last--;
  return { auxiliary: aux, subject: last >= unit.first ? nounPhraseEndingAt(tokens, last, unit.first) : null };
}
