import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scheduleBatches } from '../../../shared/batch/batch-schedule';

describe('scheduleBatches', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('runs on every tick, but drops a tick that comes while the last run is still going', async () => {
    let finish: () => void = () => undefined;
    let runs = 0;
    const schedule = scheduleBatches(() => {
      runs++;
      return new Promise<void>((resolve) => (finish = resolve));
    }, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(runs).toBe(1);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(runs).toBe(2);
    finish();
    await schedule.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(runs).toBe(2);
  });

  it('reports a failed run and keeps the schedule going', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const schedule = scheduleBatches(async () => {
      runs++;
      throw new Error('DynamoDB Local went away');
    }, 1000, (error) => errors.push(error));
    await vi.advanceTimersByTimeAsync(2000);
    expect(runs).toBe(2);
    expect(errors).toHaveLength(2);
    await schedule.stop();
  });

  it('is off with an interval of 0', async () => {
    let runs = 0;
    const schedule = scheduleBatches(async () => void runs++, 0);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(runs).toBe(0);
    await schedule.stop();
  });
});
