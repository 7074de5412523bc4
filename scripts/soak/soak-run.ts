import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { LocalPipelineStarter } from '../../shared/batch/local-pipeline-starter';
import { runBatch } from '../../shared/batch/run-batch';
import { seededRandom } from '../../shared/local/fault-injection';
import { runStateMachine } from '../../shared/local/local-state-machine';
import { PIPELINE_VERSION } from '../../shared/pipeline/pipeline-version';
import type { BatchRunRecord } from '../../shared/store/batch-run-record';
import { BUCKET } from '../../shared/store/table-definition';
import type { SoakStack } from './soak-stack';
import type { Operation, Workload } from './soak-workload';
import { TaskQueue } from '../../shared/local/task-queue';

export interface SoakRunOptions {
  readonly concurrency: number;
  readonly uploadConcurrency: number;
  readonly seed: number;
  /** Restart DynamoDB Local once this share of the operations has been sent. */
  readonly restartAt: number;
  readonly maxRecoveryPasses: number;
  readonly log: (line: string) => void;
}

export interface SoakRunResult {
  readonly uploadMs: number;
  /** From the first upload until every event-driven run had ended. */
  readonly processingMs: number;
  readonly recoveryMs: number;
  readonly restart: { readonly atOperation: number; readonly downMs: number; readonly backlogAtRestart: number };
  readonly recoveryPasses: readonly BatchRunRecord[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The keys the deployed rules let through (`incoming/*.txt` and friends); anything else waits for a batch run's lost-event pass. */
const routedToPipeline = (key: string) => key.startsWith(BUCKET.incomingPrefix) && BUCKET.extensions.some((extension) => key.endsWith(extension));

/**
 * Sends the workload to the S3 server in bursts; the server's events drive the pipeline as
 * EventBridge would (created → state machine, removed → delete handler). Halfway through,
 * DynamoDB Local is restarted under load. When the uploads are done and every run has ended,
 * batch runs pick up what failed, stuck and lost, until one finds nothing left to do.
 */
export async function runSoak(stack: SoakStack, workload: Workload, options: SoakRunOptions): Promise<SoakRunResult> {
  const { tally, handlers } = stack;
  const random = seededRandom(options.seed + 3);
  const queue = new TaskQueue(options.concurrency);

  stack.s3.onObjectEvent((record) => {
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const removed = record.eventName.startsWith('ObjectRemoved');
    // The pipeline's own writes (articles/, artifacts/) raise events too; no rule matches them.
    if (!key.startsWith(BUCKET.incomingPrefix)) return;
    if (!routedToPipeline(key)) return tally.add('events', `${removed ? 'removed' : 'created'} with an unsupported extension (no rule matches)`);
    const event = { detail: { bucket: { name: record.s3.bucket.name }, object: { key, ...(record.s3.object.size === undefined ? {} : { size: record.s3.object.size }), ...(record.s3.object.eTag ? { etag: record.s3.object.eTag.replaceAll('"', '') } : {}) } } };
    tally.add('events', removed ? 'removed' : 'created');
    queue.push(async () => {
      if (removed) {
        try {
          await stack.remove(event);
          tally.add('deletes', 'handled');
        } catch (error) {
          // Lambda's async retries are spent: the event goes to the dead-letter queue, nothing re-reads it.
          tally.add('deletes', `lost after retries (${(error as Error).name})`);
        }
        return;
      }
      try {
        const outcome = await runStateMachine(handlers, event);
        tally.add('runs', outcome.status === 'FAILED' ? `FAILED (${outcome.error?.type ?? '?'})` : outcome.status);
      } catch (error) {
        // Recording the failure failed too: the execution ends failed and the article stays as it was.
        tally.add('runs', `execution failed: mark-failed threw ${(error as Error).name}`);
      }
    });
  });

  // Operations on one key run in order (an overwrite after its upload); different keys run in parallel.
  const lastOnKey = new Map<string, Promise<void>>();
  let inFlight = 0;
  const send = async (operation: Operation) => {
    while (inFlight >= options.uploadConcurrency) await sleep(2);
    inFlight++;
    try {
      for (let attempt = 1; ; attempt++) {
        try {
          if (operation.action === 'delete') await stack.uploader.send(new DeleteObjectCommand({ Bucket: stack.blobs.bucket, Key: operation.key }));
          else await stack.uploader.send(new PutObjectCommand({ Bucket: stack.blobs.bucket, Key: operation.key, Body: operation.content.bytes, ContentType: operation.contentType }));
          return;
        } catch (error) {
          tally.add('upload errors', (error as Error).name);
          if (attempt >= 5) throw error;
          await sleep(100 * attempt);
        }
      }
    } finally {
      inFlight--;
    }
  };
  const enqueue = (operation: Operation) => {
    const previous = lastOnKey.get(operation.key) ?? Promise.resolve();
    const sent = previous.then(() => send(operation));
    lastOnKey.set(operation.key, sent);
    return sent;
  };

  const started = performance.now();
  const restartAt = Math.floor(workload.operations.length * options.restartAt);
  let restarting: Promise<{ downMs: number }> | undefined;
  let backlogAtRestart = 0;
  let sentCount = 0;
  let lastLogged = 0;
  while (sentCount < workload.operations.length) {
    const burst = workload.operations.slice(sentCount, sentCount + 20 + Math.floor(random() * 130));
    await Promise.all(burst.map(enqueue));
    sentCount += burst.length;
    if (!restarting && sentCount >= restartAt) {
      backlogAtRestart = queue.backlog;
      options.log(`  restarting DynamoDB Local after ${sentCount} operations, ${backlogAtRestart} events waiting or running`);
      restarting = stack.dynamo.restart();
    }
    if (sentCount - lastLogged >= 1000 || sentCount === workload.operations.length) {
      lastLogged = sentCount;
      options.log(`  sent ${sentCount}/${workload.operations.length}, ${queue.backlog} events waiting or running, ${Math.round((performance.now() - started) / 1000)} s`);
    }
    // Bursts, not a flood: let the pipeline catch up a little, then pause a random moment.
    await queue.drainTo(200);
    await sleep(random() * 200);
  }
  const uploadMs = performance.now() - started;
  const { downMs } = await (restarting ?? stack.dynamo.restart());
  await queue.idle();
  const processingMs = performance.now() - started;
  options.log(`  all events handled in ${Math.round(processingMs / 1000)} s; recovery passes next`);

  const recoveryStarted = performance.now();
  const recoveryPasses: BatchRunRecord[] = [];
  const starter = new LocalPipelineStarter(handlers);
  const settings = { limit: 1_000_000, concurrency: options.concurrency, pageSize: 100, pendingGraceMs: 0, lostUploadGraceMs: 0, processingStuckMs: 0, failedRetryAfterMs: 0, leaseMs: 2_000 };
  for (let pass = 1; pass <= options.maxRecoveryPasses; pass++) {
    // The batch's own reads and claims use the plain adapters; the pipeline runs it starts meet the faults.
    let run: BatchRunRecord;
    try {
      run = await runBatch(
        { articles: stack.store, blobs: stack.blobs, runs: stack.runs, leases: stack.runs, starter, pipelineVersion: PIPELINE_VERSION },
        settings,
        { dryRun: false, kinds: ['pending', 'processing', 'failed', 'outdated'] },
      );
    } catch (error) {
      // A failed batch run has recorded itself FAILED; the schedule simply runs the next one.
      const failure = (error as Error).message.split('\n')[0] ?? String(error);
      tally.add('recovery', `pass ${pass} failed: ${(error as Error).name}: ${failure}`);
      options.log(`  recovery pass ${pass} failed: ${failure}`);
      recoveryPasses.push({ runId: `failed-${pass}`, status: 'FAILED', startedAt: new Date().toISOString(), dryRun: false, kinds: [], limit: settings.limit, pipelineVersion: PIPELINE_VERSION, counts: { considered: -1, started: 0, succeeded: 0, failed: 0, removed: 0, skipped: 0 }, skippedReasons: {}, error: failure });
      await sleep(settings.leaseMs + 100);
      continue;
    }
    recoveryPasses.push(run);
    options.log(`  recovery pass ${pass}: ${JSON.stringify(run.counts)} ${JSON.stringify(run.skippedReasons)}`);
    if (run.counts.considered === 0) break;
    // A claim whose run died before taking the article keeps it PENDING under a lease: wait the lease out.
    await sleep(settings.leaseMs + 100);
  }
  return { uploadMs, processingMs, recoveryMs: performance.now() - recoveryStarted, restart: { atOperation: restartAt, downMs, backlogAtRestart }, recoveryPasses };
}
