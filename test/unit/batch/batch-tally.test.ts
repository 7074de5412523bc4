import { describe, expect, it } from 'vitest';
import { BatchTally } from '../../../shared/batch/batch-tally';

describe('BatchTally', () => {
  it('counts outcomes: SUMMARIZED succeeded, FAILED failed, STARTED and SUPERSEDED started only, a finished lost delete removed', () => {
    const tally = new BatchTally();
    for (const outcome of ['SUMMARIZED', 'SUMMARIZED', 'FAILED', 'STARTED', 'SUPERSEDED'] as const) {
      tally.consider();
      tally.record(outcome);
    }
    tally.consider();
    tally.removed();
    expect(tally.counts).toEqual({ considered: 6, started: 5, succeeded: 2, failed: 1, removed: 1, skipped: 0 });
  });

  it('sums skips over their reasons, listed in a stable order', () => {
    const tally = new BatchTally();
    tally.skip('over-limit');
    tally.skip('claimed-by-another-run');
    tally.skip('over-limit');
    expect(tally.counts.skipped).toBe(3);
    expect(Object.keys(tally.skippedReasons)).toEqual(['claimed-by-another-run', 'over-limit']);
    expect(tally.skippedReasons).toEqual({ 'claimed-by-another-run': 1, 'over-limit': 2 });
  });
});
