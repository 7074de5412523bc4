import { SUBJECT_VERB_FILLERS } from '../lang/en/cue-phrases';
import { NESTING_SPEECH_VERBS } from '../lang/en/nesting-speech-verbs';
import { nounPhraseEndingAt } from '../quotes/noun-phrases';
import type { Token } from '../quotes/tokens';
import type { Span } from '../types';
import { firstTokenFrom } from './first-token-from';

/** Auxiliaries and adverbs between the outer subject and its verb: "Democrats have long said they …". */
const MAX_FILLERS = 3;

/**
 * "Progressive groups say they believe superdelegates should …": when the speaker a cue names is the subject
 * of a clause that is itself what someone says, PolNeAR credits the whole to the outer speaker. Returns the
 * outer speech verb's subject phrase, or null when the mention does not follow such a verb in its sentence.
 */
export function outerSpeaker(tokens: readonly Token[], mention: Span, sentence: Span): Span | null {
  let k = firstTokenFrom(tokens, mention.start) - 1;
  if (tokens[k]?.lower === 'that') k--;
  const verb = tokens[k];
  if (!verb || verb.kind !== 'word' || verb.capitalized || !NESTING_SPEECH_VERBS.has(verb.lower) || verb.start < sentence.start) return null;
  const lowerBound = firstTokenFrom(tokens, sentence.start);
  let last = k - 1;
  for (let n = 0; n < MAX_FILLERS && last >= lowerBound && SUBJECT_VERB_FILLERS.has((tokens[last] as Token).lower); n++) last--;
  if (last < lowerBound) return null;
  const np = nounPhraseEndingAt(tokens, last, lowerBound);
  return np ? { start: (tokens[np.first] as Token).start, end: (tokens[np.last] as Token).end } : null;
}
