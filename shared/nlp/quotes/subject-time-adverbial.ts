import { DAY_PARTS, LONE_TIME_ADVERBS, TIME_ADVERBIAL_NOUNS, TIME_ADVERBIAL_OPENERS } from '../lang/en/subject-time-adverbials';
import type { Token } from './tokens';

/** Words an opener chain may take before the day: "earlier this week" has two. */
const MAX_OPENERS = 2;

/**
 * For the token `index` right before a cue (after its fillers), the index of the last token before a time
 * adverbial that ends there ("Clinton on Tuesday | said", "Trump earlier Thursday | warned", "Beck last week
 * | said"), or `index` itself when there is none. Annotators mark neither the adverbial as source nor as cue,
 * and without this step the noun phrase search sees "Tuesday" or "week" as the subject's head. A day name
 * alone ("Broaddrick Sunday night recounted") counts only when a name-like word precedes it, so that
 * "voters this week" or "the meeting Tuesday" stays as it is for the subject search.
 */
export function skipTimeAdverbialBack(tokens: readonly Token[], index: number, lowerBound: number): number {
  let k = index;
  const at = (i: number): Token | undefined => (i >= lowerBound ? tokens[i] : undefined);
  let t = at(k);
  if (t === undefined || t.kind !== 'word') return index;
  if (LONE_TIME_ADVERBS.has(t.lower) && !t.capitalized) return before(tokens, k - 1, lowerBound, index);
  if (DAY_PARTS.has(t.lower)) {
    k--;
    t = at(k);
    if (t === undefined || t.kind !== 'word') return index;
  }
  if (!TIME_ADVERBIAL_NOUNS.has(t.lower)) return index;
  const day = k;
  for (let n = 0; n < MAX_OPENERS; n++) {
    const opener = at(k - 1);
    if (opener === undefined || opener.kind !== 'word' || opener.capitalized || !TIME_ADVERBIAL_OPENERS.has(opener.lower)) break;
    k--;
  }
  // A bare span needs an opener ("last week"); a bare day name stands alone ("Clinton Tuesday said").
  if (k === day && !(t.capitalized && at(k - 1)?.capitalized === true)) return index;
  return before(tokens, k - 1, lowerBound, index);
}

/** `candidate` when a word ends there (a subject may end right before the adverbial), else the fallback. */
function before(tokens: readonly Token[], candidate: number, lowerBound: number, fallback: number): number {
  const t = candidate >= lowerBound ? tokens[candidate] : undefined;
  return t !== undefined && (t.kind === 'word' || t.lower === ')') ? candidate : fallback;
}
