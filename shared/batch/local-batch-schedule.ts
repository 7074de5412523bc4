import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StageHandlers } from '../local/local-state-machine';
import { WORK_KINDS } from './batch-request';
import { batchScheduleEnvironmentSchema, type BatchSchedule, scheduleBatches } from './batch-schedule';
import { batchSettingsFromEnvironment } from './batch-settings';
import { localBatchDeps } from './local-batch-deps';
import { RUNNING_STACK_FILE, type RunningStack } from './local-batch-session';
import { runBatch } from './run-batch';

export interface LocalBatchScheduleOptions extends Omit<RunningStack, 'pid'> {
  readonly dataDir: string;
  readonly handlers: StageHandlers;
  readonly log: (line: string) => void;
}

/**
 * `precis start`'s stand-in for the EventBridge schedule: a batch run every BATCH_INTERVAL_SECONDS
 * (10 minutes by default), and `<dataDir>/stack.json` so that `precis batch` and `precis
 * reprocess` use this stack's servers instead of starting their own on the same data.
 */
export function startLocalBatchSchedule(options: LocalBatchScheduleOptions): BatchSchedule {
  const { dataDir, handlers, log, ...stack } = options;
  const stackFile = join(dataDir, RUNNING_STACK_FILE);
  writeFileSync(stackFile, JSON.stringify({ pid: process.pid, ...stack } satisfies RunningStack));
  const deps = localBatchDeps({ tableName: stack.tableName, bucket: stack.bucket, handlers });
  const everyMs = batchScheduleEnvironmentSchema.parse(process.env).BATCH_INTERVAL_SECONDS * 1000;
  const schedule = scheduleBatches(
    async () => {
      const run = await runBatch(deps, batchSettingsFromEnvironment(process.env), { dryRun: false, kinds: [...WORK_KINDS] });
      const { considered, started, succeeded, failed, skipped } = run.counts;
      if (considered > 0) log(`batch ${run.runId}: ${started} re-run (${succeeded} summarized, ${failed} failed), ${skipped} skipped`);
    },
    everyMs,
    (error) => log(`✗ batch run failed: ${(error as Error).message}`),
  );
  return {
    stop: async () => {
      await schedule.stop();
      deps.destroy();
      rmSync(stackFile, { force: true });
    },
  };
}
