// zod/mini, as at every Lambda boundary: the chained API would add hundreds of KB to the bundle.
import * as z from 'zod/mini';
import { DEFAULT_RECORD_CHECK_EVERY } from './record-checks';

const seconds = (fallback: number) => z._default(z.coerce.number().check(z.int(), z.nonnegative()), fallback);
const positiveInteger = (fallback: number, maximum = Number.MAX_SAFE_INTEGER) => z._default(z.coerce.number().check(z.int(), z.positive(), z.maximum(maximum)), fallback);

/**
 * The batch's knobs, from the environment (Lambda) or the same names locally. Defaults: the
 * Express state machine gives up after 5 minutes, so PROCESSING for 15 is stuck, not slow.
 */
export const batchEnvironmentSchema = z.object({
  /** Most pipeline runs one batch run starts: one run cannot flood the account. */
  BATCH_LIMIT: positiveInteger(500),
  BATCH_CONCURRENCY: positiveInteger(8, 64),
  /** Work-index page size, and how many listed objects are checked for a record at a time. */
  BATCH_PAGE_SIZE: positiveInteger(100, 1000),
  /** PENDING (claimed, or an upload whose start was lost) for longer than this is restarted. */
  PENDING_GRACE_SECONDS: seconds(300),
  /** An upload with no record younger than this is left to its own ObjectCreated event, which is likely in flight. */
  LOST_UPLOAD_GRACE_SECONDS: seconds(300),
  PROCESSING_STUCK_SECONDS: seconds(900),
  /** A retryable failure is retried once it is this old, not in the run that just saw it fail. */
  FAILED_RETRY_AFTER_SECONDS: seconds(300),
  /** How long a claim keeps other runs off an article or object; it covers the time until the first stage runs. */
  BATCH_LEASE_SECONDS: positiveInteger(900),
  /** One in this many uploads whose record agrees with the bucket has its article looked up (record-checks.ts). */
  BATCH_RECORD_CHECK_EVERY: positiveInteger(DEFAULT_RECORD_CHECK_EVERY),
});

export interface BatchSettings {
  readonly limit: number;
  readonly concurrency: number;
  readonly pageSize: number;
  readonly pendingGraceMs: number;
  readonly lostUploadGraceMs: number;
  readonly processingStuckMs: number;
  readonly failedRetryAfterMs: number;
  readonly leaseMs: number;
  /** One in this many agreeing SOURCE records is checked for its article each run (1: all; default 32). */
  readonly recordCheckEvery?: number;
}

export function batchSettingsFromEnvironment(env: NodeJS.ProcessEnv = process.env): BatchSettings {
  const config = batchEnvironmentSchema.parse(env);
  return {
    limit: config.BATCH_LIMIT,
    concurrency: config.BATCH_CONCURRENCY,
    pageSize: config.BATCH_PAGE_SIZE,
    pendingGraceMs: config.PENDING_GRACE_SECONDS * 1000,
    lostUploadGraceMs: config.LOST_UPLOAD_GRACE_SECONDS * 1000,
    processingStuckMs: config.PROCESSING_STUCK_SECONDS * 1000,
    failedRetryAfterMs: config.FAILED_RETRY_AFTER_SECONDS * 1000,
    leaseMs: config.BATCH_LEASE_SECONDS * 1000,
    recordCheckEvery: config.BATCH_RECORD_CHECK_EVERY,
  };
}
