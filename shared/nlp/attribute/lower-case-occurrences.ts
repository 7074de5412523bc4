import type { Token } from '../quotes/tokens';

/** First and last letters and length (capped): enough to rule out almost every token without hashing its text. */
const signatureOf = (word: string): number => ((word.charCodeAt(0) & 31) << 10) | ((word.charCodeAt(word.length - 1) & 31) << 5) | Math.min(word.length, 31);

/**
 * Which of `words` the text also uses in lower case (as a word token that is not capitalized).
 * Only a handful of words are ever asked about, so the tokens are filtered by a signature table
 * first: a Set of every lower-case word of the text cost ~10% of attribute.
 */
export function seenInLowerCase(tokens: readonly Token[], words: readonly string[]): Set<string> {
  const found = new Set<string>();
  if (words.length === 0) return found;
  const wanted = new Set(words);
  const signatures = new Uint8Array(1 << 15);
  for (const word of wanted) signatures[signatureOf(word)] = 1;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.capitalized || signatures[signatureOf(t.lower)] === 0) continue;
    if (wanted.has(t.lower)) found.add(t.lower);
  }
  return found;
}
