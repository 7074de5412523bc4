import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../shared/nlp/summarize/tokens';

/** The word pattern tokenize's hand-written scanner stands in for. */
const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
const wordOf = (raw: string): string => raw.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');

// Letters, digits, the inner marks, spaces, non-ASCII and astral letters, an emoji and a lone surrogate.
const PIECES = ['a', 'B', 'z', '7', "'", '’', '.', ',', ' ', '-', 'é', 'Ж', '٣', '𝐀', '😀', '\uD800', 's', 'Obama', '3,000'];

describe('tokenize', () => {
  it('finds exactly the words the regular expression finds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const sentence = pieces.join('');
        const expected = [...sentence.matchAll(WORD)].map((m) => wordOf(m[0]));
        expect(tokenize(sentence).map((t) => t.word)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('marks capitalized words after the first as proper', () => {
    const [first, second, third] = tokenize('Talks with Obama');
    expect([first?.proper, second?.proper, third?.proper]).toEqual([false, false, true]);
    expect(tokenize('Obama talks')[0]?.proper).toBe(false);
  });
});
