import { describe, expect, it } from 'vitest';
import { DEFAULT_STAGE_RETRY, backoffMs, isRetryable, withRetries } from '../../../shared/local/stage-retry';
import { TRANSIENT_DEPENDENCY_ERRORS, TRANSIENT_LAMBDA_ERRORS } from '../../../shared/pipeline/transient-errors';

const named = (name: string): Error => Object.assign(new Error(name), { name });

describe('local stage retries', () => {
  it('retry exactly what the deployed retriers retry, and nothing else', () => {
    for (const name of [...TRANSIENT_LAMBDA_ERRORS, ...TRANSIENT_DEPENDENCY_ERRORS]) expect(isRetryable(DEFAULT_STAGE_RETRY, named(name))).toBe(true);
    for (const name of ['ValidationException', 'ConditionalCheckFailedException', 'Error', 'NoSuchKey']) expect(isRetryable(DEFAULT_STAGE_RETRY, named(name))).toBe(false);
  });

  it('back off by the rate up to the cap', () => {
    expect([1, 2, 3, 4].map((retry) => backoffMs({ intervalMs: 50, backoffRate: 2, maxDelayMs: 300 }, retry))).toEqual([50, 100, 200, 300]);
  });

  it('retry a transient error until it passes, and throw a permanent one at once', async () => {
    const waits: number[] = [];
    let calls = 0;
    const flaky = withRetries(
      async () => {
        calls++;
        if (calls < 3) throw named('ThrottlingException');
        return 'done';
      },
      { ...DEFAULT_STAGE_RETRY, jitter: false, sleep: async (ms) => void waits.push(ms) },
    );
    await expect(flaky(undefined)).resolves.toBe('done');
    expect(waits).toEqual([50, 100]);

    let permanentCalls = 0;
    const broken = withRetries(async () => {
      permanentCalls++;
      throw named('ValidationException');
    }, { ...DEFAULT_STAGE_RETRY, sleep: async () => undefined });
    await expect(broken(undefined)).rejects.toThrow('ValidationException');
    expect(permanentCalls).toBe(1);
  });
});
