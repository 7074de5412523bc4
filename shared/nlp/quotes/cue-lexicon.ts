import { SOURCE_AFTER_PHRASES } from '../lang/en/cue-phrases';
import { PLURAL_STANCE_VERBS } from '../lang/en/plural-stance-verbs';
import { type CueWordStats, SPEECH_CUE_WORDS } from '../lang/en/speech-cue-words';

/** Everything the cue search asks the lexicons about one word. */
export interface CueLexiconEntry {
  /** The source-after phrases ("according to") that open with the word, in lexicon order. */
  readonly sourceAfterPhrases: readonly (readonly string[])[];
  /** The word's record as a speech cue, if it is one. */
  readonly stats: CueWordStats | undefined;
  /** A stance verb that is a cue only after a plural subject ("experts agree"). */
  readonly pluralStance: boolean;
}

/**
 * The speech-cue, plural-stance and source-after lexicons merged into one map, built once at load: the cue
 * search visits every word of the text, and one lookup per word (most of them misses) costs
 * less than one per lexicon.
 */
const CUE_LEXICON: ReadonlyMap<string, CueLexiconEntry> = (() => {
  const entries = new Map<string, { sourceAfterPhrases: (readonly string[])[]; stats: CueWordStats | undefined; pluralStance: boolean }>();
  const entryOf = (word: string) => {
    let entry = entries.get(word);
    if (!entry) {
      entry = { sourceAfterPhrases: [], stats: SPEECH_CUE_WORDS.get(word), pluralStance: false };
      entries.set(word, entry);
    }
    return entry;
  };
  for (const word of SPEECH_CUE_WORDS.keys()) entryOf(word);
  for (const word of PLURAL_STANCE_VERBS) entryOf(word).pluralStance = true;
  for (const phrase of SOURCE_AFTER_PHRASES) entryOf(phrase[0] ?? '').sourceAfterPhrases.push(phrase);
  return entries;
})();

/** First letter, last letter and length, folded into 15 bits: equal words have equal signatures. */
const signatureOf = (word: string): number => ((word.charCodeAt(0) & 31) << 10) | ((word.charCodeAt(word.length - 1) & 31) << 5) | Math.min(word.length, 31);
/** Second, middle and second-to-last letters: a second signature that common words ("state", "when", "could") rarely share with a cue word when they share the first. */
const innerSignatureOf = (word: string): number => ((word.charCodeAt(1) & 31) << 10) | ((word.charCodeAt(word.length - 2) & 31) << 5) | (word.charCodeAt(word.length >> 1) & 31);

const signatureTable = (signature: (word: string) => number): Uint8Array => {
  const signatures = new Uint8Array(1 << 15);
  for (const word of CUE_LEXICON.keys()) signatures[signature(word)] = 1;
  return signatures;
};
/** The signatures of the lexicon's words; the other signatures (most words of a text) need no hash lookup. */
const LEXICON_SIGNATURES = signatureTable(signatureOf);
const LEXICON_INNER_SIGNATURES = signatureTable(innerSignatureOf);

/**
 * What the lexicons say about a lower-case word, or undefined when it is in neither. The two
 * signature tests rule out about 92% of a news text's words (the first alone 84%), sparing them
 * the hashing of a fresh string.
 */
export function cueLexiconEntry(word: string): CueLexiconEntry | undefined {
  if (LEXICON_SIGNATURES[signatureOf(word)] === 0 || LEXICON_INNER_SIGNATURES[innerSignatureOf(word)] === 0) return undefined;
  return CUE_LEXICON.get(word);
}
