import { TRANSIENT_DEPENDENCY_ERRORS, TRANSIENT_LAMBDA_ERRORS } from '../pipeline/transient-errors';

/**
 * A Step Functions `Retry` for in-process stage calls: the same error names, attempts, interval,
 * backoff rate, cap and full jitter as a task's retrier, so local mode and the soak see the
 * retries the state machine would make before its Catch.
 */
export interface RetryPolicy {
  /** Error names (`error.name`) worth retrying; `States.ALL` retries everything. */
  readonly errors: readonly string[];
  /** Attempts in all, the first included (Step Functions' `MaxAttempts` counts retries only). */
  readonly maxAttempts: number;
  readonly intervalMs: number;
  readonly backoffRate: number;
  readonly maxDelayMs?: number;
  /** Full jitter: each wait is drawn from [0, backoff]; without it, exactly the backoff. */
  readonly jitter: boolean;
  /** Seeded randomness keeps a soak repeatable; Math.random otherwise. */
  readonly random?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly onRetry?: (error: Error, attempt: number, delayMs: number) => void;
}

/** What the deployed retriers retry (transient-errors.ts): the Lambda service's transient failures and throttling or 5xx from our dependencies. */
export const THROTTLING_AND_TRANSIENT_ERRORS = [...TRANSIENT_LAMBDA_ERRORS, ...TRANSIENT_DEPENDENCY_ERRORS] as const;

/** 3 attempts, 50 ms × 2ⁿ with full jitter: short enough for a soak of thousands of runs. */
export const DEFAULT_STAGE_RETRY: RetryPolicy = {
  errors: THROTTLING_AND_TRANSIENT_ERRORS,
  maxAttempts: 3,
  intervalMs: 50,
  backoffRate: 2,
  maxDelayMs: 2_000,
  jitter: true,
};

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const asError = (caught: unknown): Error => (caught instanceof Error ? caught : new Error(String(caught)));

/** Whether the policy retries this error: matched by name, as Step Functions matches `Error`. */
export function isRetryable(policy: Pick<RetryPolicy, 'errors'>, error: Error): boolean {
  return policy.errors.includes('States.ALL') || policy.errors.includes(error.name);
}

/** The wait before retry number `retry` (1-based), before jitter is applied. */
export function backoffMs(policy: Pick<RetryPolicy, 'intervalMs' | 'backoffRate' | 'maxDelayMs'>, retry: number): number {
  const raw = policy.intervalMs * policy.backoffRate ** (retry - 1);
  return policy.maxDelayMs === undefined ? raw : Math.min(raw, policy.maxDelayMs);
}

/**
 * Wraps a stage handler so that a retryable error is retried with backoff; the last error (or
 * any error the policy does not name) is thrown on, to the state machine's Catch.
 */
export function withRetries<Input, Output>(stage: (input: Input) => Promise<Output>, policy: RetryPolicy = DEFAULT_STAGE_RETRY): (input: Input) => Promise<Output> {
  const random = policy.random ?? Math.random;
  const sleep = policy.sleep ?? sleepFor;
  return async (input: Input): Promise<Output> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await stage(input);
      } catch (caught) {
        const error = asError(caught);
        if (attempt >= policy.maxAttempts || !isRetryable(policy, error)) throw error;
        const ceiling = backoffMs(policy, attempt);
        const delay = policy.jitter ? random() * ceiling : ceiling;
        policy.onRetry?.(error, attempt, delay);
        await sleep(delay);
      }
    }
  };
}
