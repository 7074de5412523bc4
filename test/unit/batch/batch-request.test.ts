import { describe, expect, it } from 'vitest';
import { batchRequestSchema } from '../../../shared/batch/batch-request';
import { batchSettingsFromEnvironment } from '../../../shared/batch/batch-settings';
import { formatBatchRun, kindsForStatus } from '../../../shared/cli/batch-command';
import { UsageError } from '../../../shared/cli/usage-error';

const scheduledEvent = {
  version: '0',
  id: '89d1a02d-5ec7-412e-82f5-13505f849b41',
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '123456789012',
  time: '2026-11-25T04:00:00Z',
  region: 'eu-west-1',
  resources: ['arn:aws:events:eu-west-1:123456789012:rule/precis-batch'],
  detail: {},
};

describe('the batch request', () => {
  it('reads a Scheduled Event as a full run of every kind', () => {
    expect(batchRequestSchema.parse(scheduledEvent)).toEqual({ dryRun: false, kinds: ['pending', 'processing', 'failed', 'outdated'] });
  });

  it("takes an operator's dry run, kinds and limit", () => {
    expect(batchRequestSchema.parse({ dryRun: true, kinds: ['failed'], limit: 10 })).toEqual({ dryRun: true, kinds: ['failed'], limit: 10 });
  });

  it('refuses an unknown kind, an empty list and a limit that is not a positive integer', () => {
    expect(() => batchRequestSchema.parse({ kinds: ['everything'] })).toThrow();
    expect(() => batchRequestSchema.parse({ kinds: [] })).toThrow();
    expect(() => batchRequestSchema.parse({ limit: 0 })).toThrow();
    expect(() => batchRequestSchema.parse({ limit: 2.5 })).toThrow();
  });
});

describe('the batch settings', () => {
  it('default to a 500-run cap, 8 at once, a 15-minute stuck threshold (the Express maximum is 5), and one record in 32 checked', () => {
    expect(batchSettingsFromEnvironment({})).toEqual({ limit: 500, concurrency: 8, pageSize: 100, pendingGraceMs: 300_000, lostUploadGraceMs: 300_000, processingStuckMs: 900_000, failedRetryAfterMs: 300_000, leaseMs: 900_000, recordCheckEvery: 32 });
  });

  it('read the environment, and refuse nonsense', () => {
    expect(batchSettingsFromEnvironment({ BATCH_LIMIT: '20', BATCH_CONCURRENCY: '2', PENDING_GRACE_SECONDS: '0', BATCH_RECORD_CHECK_EVERY: '1' })).toMatchObject({ limit: 20, concurrency: 2, pendingGraceMs: 0, recordCheckEvery: 1 });
    expect(() => batchSettingsFromEnvironment({ BATCH_LIMIT: '-1' })).toThrow();
    expect(() => batchSettingsFromEnvironment({ BATCH_CONCURRENCY: 'lots' })).toThrow();
  });
});

describe('precis batch --status', () => {
  it('maps pending to lost and stuck starts, and refuses anything else', () => {
    expect(kindsForStatus('pending')).toEqual(['pending', 'processing']);
    expect(kindsForStatus('outdated')).toEqual(['outdated']);
    expect(kindsForStatus(undefined)).toEqual(['pending', 'processing', 'failed', 'outdated']);
    expect(() => kindsForStatus('summarized')).toThrow(UsageError);
  });

  it('prints the counts, lost deletes finished included, as a table with the reasons for skips', () => {
    const text = formatBatchRun({
      runId: 'r1',
      status: 'FINISHED',
      startedAt: '2026-11-25T04:00:00.000Z',
      finishedAt: '2026-11-25T04:00:02.500Z',
      dryRun: false,
      kinds: ['failed'],
      limit: 5,
      pipelineVersion: '0.1.0+nlp.1',
      counts: { considered: 14, started: 5, succeeded: 4, failed: 1, removed: 2, skipped: 7 },
      skippedReasons: { 'over-limit': 7 },
    });
    expect(text.split('\n')).toEqual([
      'batch run r1: FINISHED in 2.5 s, kinds failed, limit 5, pipeline 0.1.0+nlp.1',
      '  considered  started  succeeded  failed  removed  skipped',
      '          14        5          4       1        2        7',
      '  skipped: over-limit 7',
    ]);
  });
});
