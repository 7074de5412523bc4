import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SUMMARY_SENTENCES, summaryLength } from '../../../../shared/nlp/summarize/summary-length';

describe('summaryLength', () => {
  it('is 3 by default, fewer for short articles', () => {
    expect(summaryLength(undefined, 20)).toBe(DEFAULT_SUMMARY_SENTENCES);
    expect(summaryLength(undefined, 4)).toBe(2);
    expect(summaryLength(undefined, 2)).toBe(1);
    expect(summaryLength(undefined, 0)).toBe(0);
  });

  it('never exceeds what was asked nor half the article, rounded up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 500 }), (asked, n) => {
        const k = summaryLength(asked, n);
        expect(k).toBeLessThanOrEqual(asked);
        expect(k).toBeLessThanOrEqual(Math.ceil(n / 2));
        expect(k).toBe(Math.min(asked, Math.ceil(n / 2)));
      }),
    );
  });
});
