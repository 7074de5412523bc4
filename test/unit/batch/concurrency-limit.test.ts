import { describe, expect, it } from 'vitest';
import { ConcurrencyLimit } from '../../../shared/batch/concurrency-limit';
import { mapWithConcurrency } from '../../../shared/batch/map-with-concurrency';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ConcurrencyLimit', () => {
  it('never runs more than its limit at once, and drain waits for the last task', async () => {
    const pool = new ConcurrencyLimit(3);
    let running = 0;
    let peak = 0;
    let done = 0;
    for (let i = 0; i < 20; i++) {
      await pool.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await tick(i % 4);
        running--;
        done++;
      });
    }
    await pool.drain();
    expect(peak).toBe(3);
    expect(done).toBe(20);
  });

  it('holds the producer back while every slot is taken', async () => {
    const pool = new ConcurrencyLimit(1);
    let release: () => void = () => undefined;
    await pool.run(() => new Promise<void>((resolve) => (release = resolve)));
    let second = false;
    const waiting = pool.run(async () => void (second = true));
    await tick(5);
    expect(second).toBe(false);
    release();
    await waiting;
    await pool.drain();
    expect(second).toBe(true);
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new ConcurrencyLimit(0)).toThrow(RangeError);
  });
});

describe('mapWithConcurrency', () => {
  it('keeps the order of the items whatever order the calls end in', async () => {
    const results = await mapWithConcurrency([5, 1, 3, 0, 2], 2, async (ms) => {
      await tick(ms);
      return ms * 10;
    });
    expect(results).toEqual([50, 10, 30, 0, 20]);
  });

  it('rejects when a call fails, after the others have ended', async () => {
    let ended = 0;
    await expect(
      mapWithConcurrency([1, 2, 3], 3, async (n) => {
        await tick(n);
        ended++;
        if (n === 1) throw new Error('one failed');
      }),
    ).rejects.toThrow('one failed');
    expect(ended).toBe(3);
  });
});
