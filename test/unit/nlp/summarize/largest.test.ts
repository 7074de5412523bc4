import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largest } from '../../../../shared/nlp/summarize/largest';

describe('largest', () => {
  it('is Math.max over the values and the floor, for plain and typed arrays', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: false })), fc.double(), (values, floor) => {
        expect(largest(values, floor)).toBe(Math.max(...values, floor));
        expect(largest(Float64Array.from(values), floor)).toBe(Math.max(...values, floor));
      }),
    );
  });

  it('gives the floor for no values', () => {
    expect(largest([], Number.MIN_VALUE)).toBe(Number.MIN_VALUE);
  });
});
