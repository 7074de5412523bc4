import { DAY_PARTS, LONE_TIME_ADVERBS, TIME_ADVERBIAL_NOUNS, TIME_ADVERBIAL_OPENERS } from '../lang/en/subject-time-adverbials';
import type { Token } from './tokens';

/** Words an opener chain may take before the day: "earlier this week" has two. */
const MAX_OPENERS = 2;
/** Every word a time adverbial can end with: one lookup rules out the word before nearly every cue. */
const ADVERBIAL_ENDS: ReadonlySet<string> = new Set([...TIME_ADVERBIAL_NOUNS, ...DAY_PARTS, ...LONE_TIME_ADVERBS]);

/**
 * For the token `index` right before a cue (after its fillers), the index of the last token before a time
 * adverbial that ends there ("Clinton on Tuesday | said", "Trump earlier Thursday | warned", "Beck last week
 * | said"), or `index` itself when there is none. Annotators mark the adverbial neither as source nor as cue,
 * and without this step the noun phrase search sees "Tuesday" or "week" as the subject's head. A day name
 * without an opener ("Broaddrick Sunday night recounted") counts only after a capitalized word, so that
 * "a report published Wednesday said" stays as it is for the subject search.
 */
export function skipTimeAdverbialBack(tokens: readonly Token[], index: number, lowerBound: number): number {
  const last = tokens[index];
  if (index < lowerBound || last === undefined || last.kind !== 'word' || !ADVERBIAL_ENDS.has(last.lower)) return index;
  if (LONE_TIME_ADVERBS.has(last.lower) && !last.capitalized) return wordBefore(tokens, index - 1, lowerBound, index);
  let day = index;
  if (DAY_PARTS.has(last.lower)) day--;
  const t = day >= lowerBound ? tokens[day] : undefined;
  if (t === undefined || t.kind !== 'word' || !TIME_ADVERBIAL_NOUNS.has(t.lower)) return index;
  let k = day;
  for (let n = 0; n < MAX_OPENERS && k - 1 >= lowerBound; n++) {
    const opener = tokens[k - 1] as Token;
    if (opener.kind !== 'word' || opener.capitalized || !TIME_ADVERBIAL_OPENERS.has(opener.lower)) break;
    k--;
  }
  // A bare span needs an opener ("last week"); a bare day name stands alone ("Clinton Tuesday said").
  if (k === day && !(t.capitalized && k - 1 >= lowerBound && tokens[k - 1]?.capitalized === true)) return index;
  return wordBefore(tokens, k - 1, lowerBound, index);
}

/**
 * `candidate` when a subject may end there: a word, a closing parenthesis, or the comma that closes an aside
 * ("Speaker Paul D. Ryan, the nation's highest-ranking Republican, on Tuesday called"); else the fallback.
 */
function wordBefore(tokens: readonly Token[], candidate: number, lowerBound: number, fallback: number): number {
  const t = candidate >= lowerBound ? tokens[candidate] : undefined;
  return t !== undefined && (t.kind === 'word' || t.lower === ')' || t.lower === ',') ? candidate : fallback;
}
