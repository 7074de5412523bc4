import type { Token } from '../quotes/tokens';
import type { Span } from '../types';
import { firstStartingFrom } from './spans-by-start';

/** Words between "with" and its participle: "with other candidates and even a prominent newspaper columnist suggesting". */
const MAX_SUBJECT = 10;

/**
 * "…, with 30 percent of voters saying …", "with one of her ads asking, …": in an absolute "with" clause the
 * participle's speaker is the noun phrase between "with" and it, not the subject of the main clause.
 * Returns that phrase, or null when the cue is no participle or no such clause leads to it.
 */
export function withParticipleSubject(tokens: readonly Token[], cue: Span): Span | null {
  const k = firstStartingFrom(tokens, cue.start);
  const verb = tokens[k];
  if (!verb || verb.end !== cue.end || verb.kind !== 'word' || !verb.lower.endsWith('ing')) return null;
  for (let w = k - 1; w >= 0 && k - w <= MAX_SUBJECT + 1; w--) {
    const t = tokens[w] as Token;
    if (t.kind !== 'word') return null;
    if (t.lower === 'with') return w + 1 < k ? { start: (tokens[w + 1] as Token).start, end: (tokens[k - 1] as Token).end } : null;
  }
  return null;
}
