import { NUMBER_WORDS, SHARE_CLAUSE_OPENERS, SHARE_QUALIFIERS, SHARE_UNITS } from '../lang/en/poll-shares';
import type { TokenRange } from './noun-phrases';
import type { Token } from './tokens';

/** Qualifier words a share may have before its number: "more than", "at least", "a mere". */
const MAX_QUALIFIERS = 3;
const DIGITS = /^\d+(?:[.,]\d+)?$/;

/** "47", "Twenty-four", "six": a number in digits or in words. */
function isNumber(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== 'word') return false;
  if (DIGITS.test(t.lower)) return true;
  return t.lower.split('-').every((part) => NUMBER_WORDS.has(part));
}

/**
 * The share of poll respondents that ends at `last` and opens its clause ("Twenty-four percent | said",
 * "More than six in 10 | said", "Some 22 percent | say"), or null. News reports poll answers as the
 * respondents' speech and annotators mark the share as its source; the noun phrase search wants a name,
 * a person noun or a determiner, and finds none here.
 */
export function pollShareEndingAt(tokens: readonly Token[], last: number, lowerBound: number): TokenRange | null {
  if (last - 1 < lowerBound) return null;
  const head = tokens[last] as Token;
  let number: number;
  if (SHARE_UNITS.has(head.lower) && isNumber(tokens[last - 1])) number = last - 1;
  else if (last - 2 >= lowerBound && tokens[last - 1]?.lower === 'in' && isNumber(head) && isNumber(tokens[last - 2])) number = last - 2;
  else return null;
  let first = number;
  for (let n = 0; n < MAX_QUALIFIERS && first - 1 >= lowerBound; n++) {
    const t = tokens[first - 1] as Token;
    if (t.kind !== 'word' || !SHARE_QUALIFIERS.has(t.lower)) break;
    first--;
  }
  // The share must open its clause: "support from 40 percent said" has no such subject.
  const before = first - 1 >= lowerBound ? tokens[first - 1] : undefined;
  if (before !== undefined && before.kind === 'word' && !SHARE_CLAUSE_OPENERS.has(before.lower)) return null;
  return { first, last };
}
