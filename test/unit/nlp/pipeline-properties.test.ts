import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SMALL_UPLOADS, uploadArbitrary } from '../../../scripts/soak/nlp-arbitraries';
import { analysisViolations } from '../../../scripts/soak/nlp-invariants';
import { analyze } from '../../../shared/nlp/analyze';
import { DecodeError } from '../../../shared/nlp/decode/decode-error';

/** The soak fuzzes a million of these; here a few hundred keep every `npm test` honest. */
describe('analyze, for any upload', () => {
  it('never throws, and either refuses the bytes with a typed error or keeps every span invariant', () => {
    fc.assert(
      fc.property(uploadArbitrary(SMALL_UPLOADS), ({ name, bytes }) => {
        const result = analyze(bytes, name);
        if (result instanceof DecodeError) return;
        expect(analysisViolations(result)).toEqual([]);
      }),
      { numRuns: 200 },
    );
    // Two hundred whole analyses take a few seconds, more on a busy machine than vitest's default 5.
  }, 30_000);

  it('keeps the invariants on inputs that once crashed it', () => {
    // A possessive name word as the last token of a speech frame's noun phrase read the token after the end.
    for (const text of ['“n \'(s n”N’s']) {
      const result = analyze(Buffer.from(text), 'regression.txt');
      if (result instanceof DecodeError) throw result;
      expect(analysisViolations(result)).toEqual([]);
    }
  });
});
