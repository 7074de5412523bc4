import { AS_CLAUSE_LEADS, AS_CLAUSE_MIN_PRECISION, AS_IT_VERBS } from '../lang/en/as-clause-reports';
import { SUBJECT_VERB_FILLERS } from '../lang/en/cue-phrases';
import { CLAUSE_OPENING_WORDS } from '../lang/en/speaker-phrase-edges';
import { SPEECH_CUE_WORDS } from '../lang/en/speech-cue-words';
import type { Token } from '../quotes/tokens';
import { firstStartingFrom } from './spans-by-start';
import type { Span } from '../types';

/** Tokens from "as" to its verb: "As The Post's Ruth Marcus puts", "as Joel Pollak of Breitbart California observed". */
const MAX_CLAUSE = 14;
/** Words after "put it" before the clause's comma: "in a statement to my colleague Michael M. Grynbaum in July". */
const MAX_IT_CIRCUMSTANCE = 12;

/** Does the verb at `k` close a reporting clause, and at which token does the clause's comma or colon stand? -1 if not. */
function clauseEnd(tokens: readonly Token[], k: number, withComma: boolean): number {
  const verb = tokens[k] as Token;
  const after = tokens[k + 1];
  const closes = (t: Token | undefined): boolean => t?.lower === ',' || t?.lower === ':';
  if ((AS_IT_VERBS.has(verb.lower) || SPEECH_CUE_WORDS.has(verb.lower)) && after?.lower === 'it') {
    // "As Ms. Simonyan put it in a statement in July, …": a circumstance may follow "it" before the comma.
    for (let c = k + 2; c <= k + 2 + MAX_IT_CIRCUMSTANCE && c < tokens.length; c++) {
      if (closes(tokens[c])) return c;
      if (tokens[c]?.kind !== 'word') break;
    }
  }
  // An appositive in commas only with "put it": "As John Cornyn, the No. 2 in the GOP leadership, put it:" ("As a result, Trump said," is no clause).
  if (!withComma && (SPEECH_CUE_WORDS.get(verb.lower)?.precision ?? 0) >= AS_CLAUSE_MIN_PRECISION && closes(after)) return k + 1;
  return -1;
}

/** The clause subject's last token: "As BuzzFeed News first reported" ends at "News", before the adverbs and auxiliaries. -1 if none is left. */
function subjectLast(tokens: readonly Token[], first: number, last: number): number {
  let k = last;
  while (k >= first) {
    const t = tokens[k] as Token;
    const filler = !t.capitalized && (SUBJECT_VERB_FILLERS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4));
    if (!filler && t.lower !== ',') break;
    k--;
  }
  return k >= first ? k : -1;
}

/** A reporting "as" clause found in a sentence: who reports, and where the clause ends. */
export interface AsClause {
  readonly source: Span;
  readonly end: number;
}

/**
 * The reporting "as" clause that opens `sentence` (after an optional "But", or after a comma: "Of course,
 * as Joel Pollak observed, …"), or null. What the sentence says after it, quotations included, is credited
 * to the clause's subject, as PolNeAR marks it. A clause whose words are not all plain words (a quotation,
 * a second comma) is not one.
 */
export function asClause(tokens: readonly Token[], sentence: Span): AsClause | null {
  const first = firstStartingFrom(tokens, sentence.start);
  for (let k = first; k < tokens.length && (tokens[k] as Token).start < sentence.end && k - first <= MAX_CLAUSE; k++) {
    const t = tokens[k] as Token;
    if (t.lower !== 'as') continue;
    const before = tokens[k - 1];
    // "If, as I've suggested, he …": inside a subordinate clause the aside qualifies that clause, not the sentence.
    const afterComma = before?.lower === ',' && !CLAUSE_OPENING_WORDS.has(tokens[k - 2]?.lower ?? '');
    const opens = k === first || afterComma || before?.lower === '(' || (k === first + 1 && AS_CLAUSE_LEADS.has(before?.lower ?? ''));
    if (!opens) continue;
    let withComma = false;
    for (let v = k + 2; v < tokens.length && v - k <= MAX_CLAUSE; v++) {
      const w = tokens[v] as Token;
      if (w.start >= sentence.end) break;
      if (w.lower === ',') {
        withComma = true;
        continue;
      }
      if (w.kind !== 'word') break;
      const end = clauseEnd(tokens, v, withComma);
      if (end >= 0) {
        const subjectEnd = subjectLast(tokens, k + 1, v - 1);
        return subjectEnd < 0 ? null : { source: { start: (tokens[k + 1] as Token).start, end: (tokens[subjectEnd] as Token).end }, end: (tokens[end] as Token).end };
      }
    }
    return null;
  }
  return null;
}
