import { LISTENER_OBJECT_CUES, SUBJECT_VERB_FILLERS } from '../lang/en/cue-phrases';
import { NESTING_SPEECH_VERBS } from '../lang/en/nesting-speech-verbs';
import { nounPhraseEndingAt } from '../quotes/noun-phrases';
import type { Token } from '../quotes/tokens';
import type { Span } from '../types';
import { firstTokenFrom } from './first-token-from';

/** Auxiliaries and adverbs between the outer subject and its verb: "Democrats have long said they …". */
const MAX_FILLERS = 3;
/** Tokens of a party tag: "(", "R", "-", "Ga.", ")". */
const MAX_TAG = 8;
/** Words between the verb and "that": "said in an interview on Tuesday that he …", "told reporters that she …". */
const MAX_VERB_COMPLEMENT = 6;

/** The outer speech verb before `k` (a "that"), past a short complement of plain words, or -1. */
function verbBeforeThat(tokens: readonly Token[], k: number, lowerBound: number): number {
  for (let v = k - 1; v >= lowerBound && k - v <= MAX_VERB_COMPLEMENT + 1; v--) {
    const t = tokens[v] as Token;
    if (t.kind !== 'word') return -1;
    if (!t.capitalized && (NESTING_SPEECH_VERBS.has(t.lower) || LISTENER_OBJECT_CUES.has(t.lower))) return v;
  }
  return -1;
}

/**
 * "Progressive groups say they believe superdelegates should …": when the speaker a cue names is the subject
 * of a clause that is itself what someone says, PolNeAR credits the whole to the outer speaker. Returns the
 * outer speech verb's subject phrase, or null when the mention does not follow such a verb in its sentence.
 */
export function outerSpeaker(tokens: readonly Token[], mention: Span, sentence: Span): Span | null {
  const lowerBound = firstTokenFrom(tokens, sentence.start);
  let k = firstTokenFrom(tokens, mention.start) - 1;
  if (tokens[k]?.lower === 'that') k = k - 1 >= lowerBound && NESTING_SPEECH_VERBS.has((tokens[k - 1] as Token).lower) ? k - 1 : verbBeforeThat(tokens, k, lowerBound);
  const verb = tokens[k];
  if (k < lowerBound || !verb || verb.kind !== 'word' || verb.capitalized || !(NESTING_SPEECH_VERBS.has(verb.lower) || LISTENER_OBJECT_CUES.has(verb.lower))) return null;
  let last = k - 1;
  for (let n = 0; n < MAX_FILLERS && last >= lowerBound && SUBJECT_VERB_FILLERS.has((tokens[last] as Token).lower); n++) last--;
  if (last < lowerBound) return null;
  // "Sen. David Perdue (R-Ga.) said he …": the party tag closes the subject.
  const tagEnd = last;
  if (tokens[last]?.lower === ')') {
    while (last > lowerBound && tokens[last]?.lower !== '(' && tagEnd - last <= MAX_TAG) last--;
    if (tokens[last]?.lower !== '(') return null;
    last--;
  }
  const np = last >= lowerBound ? nounPhraseEndingAt(tokens, last, lowerBound) : null;
  return np ? { start: (tokens[np.first] as Token).start, end: (tokens[tagEnd] as Token).end } : null;
}
