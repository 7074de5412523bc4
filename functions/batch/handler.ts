import { batchRequestSchema } from '../../shared/batch/batch-request';
import { composeBatchFromEnvironment } from '../../shared/batch/compose-batch';
import { runBatch } from '../../shared/batch/run-batch';
import { once } from '../../shared/pipeline/compose';
import { logger, metrics, MetricUnit } from '../../shared/pipeline/observability';
import type { BatchCounts } from '../../shared/store/batch-run-record';

const composed = once(() => composeBatchFromEnvironment());

export interface BatchHandlerResult {
  readonly runId: string;
  readonly counts: BatchCounts;
  readonly skippedReasons: Readonly<Record<string, number>>;
  /** In AWS the runs it started end later: succeeded and failed stay 0, their outcome is on each article. */
  readonly outcomes: 'asynchronous';
}

/**
 * The schedule's target (an EventBridge Scheduled Event, or an operator's `{ dryRun, kinds, limit }`).
 * A requested limit never exceeds BATCH_LIMIT, the account-wide guard.
 */
export const handler = async (event: unknown): Promise<BatchHandlerResult> => {
  const request = batchRequestSchema.parse(event ?? {});
  const { deps, settings } = composed();
  const limit = Math.min(request.limit ?? settings.limit, settings.limit);
  try {
    const run = await runBatch(deps, settings, { ...request, limit });
    logger.info('batch run finished', { runId: run.runId, dryRun: run.dryRun, kinds: run.kinds, counts: run.counts, skippedReasons: run.skippedReasons });
    metrics.addMetric('batchConsidered', MetricUnit.Count, run.counts.considered);
    metrics.addMetric('batchStarted', MetricUnit.Count, run.counts.started);
    metrics.addMetric('batchSkipped', MetricUnit.Count, run.counts.skipped);
    return { runId: run.runId, counts: run.counts, skippedReasons: run.skippedReasons, outcomes: 'asynchronous' };
  } finally {
    metrics.publishStoredMetrics();
  }
};
