import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { endsInQuestion } from '../../../../shared/nlp/summarize/sentence-features';

describe('endsInQuestion', () => {
  it('answers as /\\?["”’)]*\\s*$/ does', () => {
    const pieces = ['?', '"', '”', '’', ')', ' ', '\n', '\u00a0', '\u2003', '.', 'a', 'Why', '!', '“'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const sentence = parts.join('');
        expect(endsInQuestion(sentence)).toBe(/\?["”’)]*\s*$/.test(sentence));
      }),
      { numRuns: 3000 },
    );
  });
});
