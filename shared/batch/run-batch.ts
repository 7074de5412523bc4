import { randomBytes } from 'node:crypto';
import type { ObjectEvent } from '../pipeline/stage-messages';
import { runDelete } from '../pipeline/stages/delete-stage';
import type { BatchRunRecord } from '../store/batch-run-record';
import type { ArticleStore, BatchRunStore, BlobStore } from '../store/ports';
import { BatchTally, type SkipReason } from './batch-tally';
import type { BatchRequest } from './batch-request';
import type { BatchSettings } from './batch-settings';
import { ConcurrencyLimit } from './concurrency-limit';
import { holdingSource } from './holding-source';
import { objectEventForListedObject, objectEventForSource } from './object-event';
import type { ObjectLeases } from './object-leases';
import type { PipelineStarter } from './pipeline-starter';
import { type WorkCandidate, workCandidatePages } from './work-candidates';

export interface BatchDeps {
  readonly articles: ArticleStore;
  readonly blobs: BlobStore;
  readonly runs: BatchRunStore;
  readonly leases: ObjectLeases;
  readonly starter: PipelineStarter;
  /** The version this code stamps on records; older ones are outdated. */
  readonly pipelineVersion: string;
  readonly now?: () => Date;
  readonly newRunId?: () => string;
}

/** Called after every candidate is settled, with the run as it stands; for progress bars. */
export type BatchProgress = (run: BatchRunRecord) => void;

/** Sorts by time, so `BATCHES` listings and logs read in order, and is unique across overlapping runs. */
export const newBatchRunId = (now: Date = new Date()): string => `${now.getTime().toString(36)}-${randomBytes(4).toString('hex')}`;

/**
 * One batch run: find work on the status index (and uploads or deletes whose event was lost), claim each
 * candidate so that an overlapping run cannot take it too, start a pipeline run for it at a
 * bounded concurrency, stop at the cap, and keep a `BATCH#<runId>` record of what happened.
 */
export async function runBatch(deps: BatchDeps, settings: BatchSettings, request: BatchRequest, onProgress?: BatchProgress): Promise<BatchRunRecord> {
  const now = deps.now ?? (() => new Date());
  const startedAt = now();
  const runId = (deps.newRunId ?? (() => newBatchRunId(startedAt)))();
  const limit = request.limit ?? settings.limit;
  const tally = new BatchTally();
  const snapshot = (status: BatchRunRecord['status'], extra: Partial<BatchRunRecord> = {}): BatchRunRecord => ({
    runId,
    status,
    startedAt: startedAt.toISOString(),
    dryRun: request.dryRun,
    kinds: request.kinds,
    limit,
    pipelineVersion: deps.pipelineVersion,
    counts: tally.counts,
    skippedReasons: tally.skippedReasons,
    ...extra,
  });
  const progress = () => onProgress?.(snapshot('RUNNING'));
  const skip = (reason: SkipReason) => {
    tally.skip(reason);
    progress();
  };

  await deps.runs.putRun(snapshot('RUNNING'));
  const pool = new ConcurrencyLimit(settings.concurrency);
  /**
   * What the cap counts: claims made or in flight (in a dry run, those that would be made). A
   * claim that fails gives its place back, so when the cap is reached the loop waits for the
   * claims in flight before it calls anything over the limit: the cap is exact.
   */
  let reserved = 0;
  const claimsInFlight = new Set<Promise<unknown>>();
  /** The first claim that threw (DynamoDB down, say): it ends the run. */
  let broken: { readonly error: unknown } | undefined;
  const atCap = async () => {
    while (reserved >= limit && claimsInFlight.size > 0) await Promise.race(claimsInFlight);
    return reserved >= limit;
  };

  /** The event to start with (or the lost delete to finish), once this run holds the candidate; or why it does not. */
  const claim = async (candidate: WorkCandidate): Promise<{ readonly skip: SkipReason } | { readonly event: ObjectEvent } | { readonly remove: ObjectEvent }> => {
    if (candidate.kind === 'lost-delete') {
      if (!(await deps.leases.claimObject(candidate.source, runId, settings.leaseMs))) return { skip: 'claimed-by-another-run' };
      return { remove: objectEventForSource(candidate.source) };
    }
    if (candidate.kind !== 'lost-event' && candidate.kind !== 'dangling-record') {
      const { id, status, updatedAt } = candidate.article;
      const key = await holdingSource(deps, candidate.article);
      if (key === undefined) return { skip: 'source-gone' };
      if (!(await deps.articles.claimForRerun(id, { status, updatedAt }, settings.leaseMs))) return { skip: 'claimed-by-another-run' };
      return { event: objectEventForSource({ bucket: deps.blobs.bucket, key }) };
    }
    const source = { bucket: deps.blobs.bucket, key: candidate.object.key };
    if (!(await deps.leases.claimObject(source, runId, settings.leaseMs))) return { skip: 'claimed-by-another-run' };
    // Checked again under the lease: the upload's own event may have been slow, not lost, or a
    // run may have made the missing article (or moved the key) since the walk.
    const recorded = await deps.articles.sourcePointer(source);
    const settled =
      candidate.kind === 'lost-event'
        ? recorded !== undefined && (candidate.object.etag === undefined || recorded.etag === undefined || recorded.etag === candidate.object.etag)
        : recorded?.articleId !== candidate.articleId || (await deps.articles.getArticle(candidate.articleId)) !== undefined;
    if (settled) return { skip: 'recorded-meanwhile' };
    return { event: objectEventForListedObject(deps.blobs.bucket, candidate.object) };
  };

  /** Claim, then start; both in a pool slot, so claims overlap as runs do (one at a time would cap the rate at one round trip each). */
  const claimAndStart = async (candidate: WorkCandidate): Promise<void> => {
    const claiming = claim(candidate).then(
      (claimed) => {
        if ('skip' in claimed) {
          reserved--;
          skip(claimed.skip);
          return undefined;
        }
        return claimed;
      },
      (error: unknown) => {
        reserved--;
        broken ??= { error };
        return undefined;
      },
    );
    claimsInFlight.add(claiming);
    const claimed = await claiming.finally(() => claimsInFlight.delete(claiming));
    if (claimed && 'event' in claimed) await start(claimed.event);
    if (claimed && 'remove' in claimed) await remove(claimed.remove);
  };

  /** The delete handler's own code, run here: it checks that the object is really gone and is idempotent. */
  const remove = async (event: ObjectEvent): Promise<void> => {
    try {
      const { articleId } = await runDelete(deps, event);
      if (articleId) tally.removed();
      else tally.skip('recorded-meanwhile');
    } catch {
      tally.skip('start-failed');
    }
    progress();
  };

  const start = async (event: ObjectEvent): Promise<void> => {
    try {
      const { outcome } = await deps.starter.start(event);
      tally.record(outcome);
    } catch {
      tally.skip('start-failed');
    }
    progress();
  };

  try {
    const pages = workCandidatePages(deps.articles, deps.blobs, { kinds: request.kinds, now: startedAt, pipelineVersion: deps.pipelineVersion, settings });
    for await (const page of pages) {
      for (const candidate of page) {
        if (broken) throw broken.error;
        tally.consider();
        if (await atCap()) {
          skip('over-limit');
          continue;
        }
        reserved++;
        if (request.dryRun) {
          skip('dry-run');
          continue;
        }
        await pool.run(() => claimAndStart(candidate));
      }
      if (await atCap()) break;
    }
    await pool.drain();
    if (broken) throw broken.error;
    const finished = snapshot('FINISHED', { finishedAt: now().toISOString() });
    await deps.runs.putRun(finished);
    return finished;
  } catch (error) {
    await pool.drain();
    await deps.runs.putRun(snapshot('FAILED', { finishedAt: now().toISOString(), error: (error as Error).message?.split('\n')[0]?.slice(0, 500) ?? String(error) }));
    throw error;
  }
}
