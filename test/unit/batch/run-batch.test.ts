import { describe, expect, it } from 'vitest';
import type { BatchSettings } from '../../../shared/batch/batch-settings';
import type { ObjectLeases } from '../../../shared/batch/object-leases';
import type { PipelineStarter } from '../../../shared/batch/pipeline-starter';
import { runBatch } from '../../../shared/batch/run-batch';
import type { ObjectEvent } from '../../../shared/pipeline/stage-messages';
import type { ArticleRecord, SourceRef } from '../../../shared/store/article-record';
import type { BatchRunRecord } from '../../../shared/store/batch-run-record';
import type { ArticleStore, BatchRunStore, BlobStore, ObjectInfo, SourcePointer, WorkQuery } from '../../../shared/store/ports';

// Record checks sample keys by the wall clock's minute (record-checks.test.ts tests them): here none
// is sampled, or a test whose fakes have no article for a key would fail in some minutes.
const SETTINGS: BatchSettings = { limit: 100, concurrency: 3, pageSize: 2, pendingGraceMs: 0, lostUploadGraceMs: 0, processingStuckMs: 0, failedRetryAfterMs: 0, leaseMs: 60_000, recordCheckEvery: Number.MAX_SAFE_INTEGER };
const NOW = new Date('2026-11-25T04:00:00Z');

const failedArticle = (n: number): ArticleRecord => ({
  id: String(n).padStart(32, '0'),
  status: 'FAILED',
  title: null,
  source: { bucket: 'b', key: `incoming/${n}.txt` },
  sources: [`b/incoming/${n}.txt`],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  pipelineVersion: '0.1.0+nlp.1',
});

/** The failed work list as pages of `pageSize`, and nothing else: the fakes hold only what runBatch reads. */
function fakeArticles(failed: readonly ArticleRecord[], options: { claimable?: (id: string) => boolean; findWork?: (query: WorkQuery) => void; sources?: readonly SourcePointer[] } = {}) {
  const queries: WorkQuery[] = [];
  const store = {
    findWork: async (query: WorkQuery) => {
      queries.push(query);
      options.findWork?.(query);
      if (query.kind !== 'failed') return { items: [] };
      const from = Number(query.cursor ?? 0);
      const items = failed.slice(from, from + query.limit);
      return from + query.limit < failed.length ? { items, cursor: String(from + query.limit) } : { items };
    },
    claimForRerun: async (id: string) => options.claimable?.(id) ?? true,
    articleIdForSource: async (source: SourceRef) => options.sources?.find((pointer) => pointer.key === source.key)?.articleId,
    sourcePointer: async (source: SourceRef) => options.sources?.find((pointer) => pointer.key === source.key),
    async *listSources() {
      yield* options.sources ?? [];
    },
    getArticle: async () => undefined,
    removeSource: async (source: SourceRef) => {
      const articleId = options.sources?.find((pointer) => pointer.key === source.key)?.articleId;
      return articleId ? { articleId, articleDeleted: true } : undefined;
    },
  } as unknown as ArticleStore;
  return { store, queries };
}

/** A bucket where every key exists except those in `gone`. */
function fakeBlobs(objects: readonly ObjectInfo[] = [], gone: readonly string[] = []): BlobStore {
  return {
    bucket: 'b',
    async *list() {
      yield* objects;
    },
    head: async (key: string) => (gone.includes(key) ? undefined : { key, size: 1 }),
    deletePrefix: async () => undefined,
  } as unknown as BlobStore;
}

function fakeRuns() {
  const puts: BatchRunRecord[] = [];
  const store: BatchRunStore = { putRun: async (run) => void puts.push(run), getRun: async () => undefined, listRuns: async () => ({ items: [] }) };
  return { store, puts };
}

const leases: ObjectLeases = { claimObject: async () => true };
const starter = (start: (event: ObjectEvent) => Promise<{ outcome: 'STARTED' | 'SUMMARIZED' | 'FAILED' | 'SUPERSEDED' }>): PipelineStarter => ({ start });

describe('runBatch', () => {
  it('records the run as RUNNING first and FINISHED with its counts last', async () => {
    const runs = fakeRuns();
    const run = await runBatch(
      { articles: fakeArticles([failedArticle(1), failedArticle(2), failedArticle(3)]).store, blobs: fakeBlobs(), runs: runs.store, leases, starter: starter(async () => ({ outcome: 'STARTED' })), pipelineVersion: '0.2.0+nlp.1', now: () => NOW, newRunId: () => 'r1' },
      SETTINGS,
      { dryRun: false, kinds: ['failed'] },
    );
    expect(runs.puts.map((put) => put.status)).toEqual(['RUNNING', 'FINISHED']);
    expect(runs.puts[0]).toMatchObject({ runId: 'r1', startedAt: NOW.toISOString(), counts: { considered: 0 } });
    // In AWS the starts are all it knows: succeeded and failed stay 0.
    expect(run.counts).toEqual({ considered: 3, started: 3, succeeded: 0, failed: 0, removed: 0, skipped: 0 });
    expect(runs.puts[1]).toEqual(run);
  });

  it('asks for work with the bounds of each kind, and for outdated records below this version', async () => {
    const articles = fakeArticles([]);
    const settings = { ...SETTINGS, pendingGraceMs: 300_000, processingStuckMs: 900_000, failedRetryAfterMs: 60_000 };
    await runBatch({ articles: articles.store, blobs: fakeBlobs(), runs: fakeRuns().store, leases, starter: starter(async () => ({ outcome: 'STARTED' })), pipelineVersion: '0.2.0+nlp.1', now: () => NOW }, settings, { dryRun: false, kinds: ['pending', 'processing', 'failed', 'outdated'] });
    expect(articles.queries.map(({ kind, before }) => ({ kind, before }))).toEqual([
      { kind: 'pending', before: '2026-11-25T03:55:00.000Z' },
      { kind: 'processing', before: '2026-11-25T03:45:00.000Z' },
      { kind: 'failed', before: '2026-11-25T03:59:00.000Z' },
      { kind: 'outdated', before: '0.2.0+nlp.1' },
    ]);
  });

  it('counts a start that throws as skipped, and goes on with the rest', async () => {
    const run = await runBatch(
      {
        articles: fakeArticles([failedArticle(1), failedArticle(2), failedArticle(3)]).store,
        blobs: fakeBlobs(),
        runs: fakeRuns().store,
        leases,
        starter: starter(async (event) => {
          if (event.detail.object.key === 'incoming/2.txt') throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
          return { outcome: 'SUMMARIZED' };
        }),
        pipelineVersion: '0.2.0+nlp.1',
      },
      SETTINGS,
      { dryRun: false, kinds: ['failed'] },
    );
    expect(run.counts).toEqual({ considered: 3, started: 2, succeeded: 2, failed: 0, removed: 0, skipped: 1 });
    expect(run.skippedReasons).toEqual({ 'start-failed': 1 });
  });

  it('never has more runs in flight than its concurrency', async () => {
    let inFlight = 0;
    let peak = 0;
    const articles = fakeArticles(Array.from({ length: 10 }, (_, i) => failedArticle(i)));
    await runBatch(
      {
        articles: articles.store,
        blobs: fakeBlobs(),
        runs: fakeRuns().store,
        leases,
        starter: starter(async () => {
          peak = Math.max(peak, ++inFlight);
          await new Promise((resolve) => setTimeout(resolve, 5));
          inFlight--;
          return { outcome: 'SUMMARIZED' };
        }),
        pipelineVersion: '0.2.0+nlp.1',
      },
      { ...SETTINGS, concurrency: 3 },
      { dryRun: false, kinds: ['failed'] },
    );
    expect(peak).toBe(3);
    expect(articles.queries.filter((q) => q.kind === 'failed')).toHaveLength(5);
  });

  it('stops reading at the cap: the rest of the page is over the limit and no further page is read', async () => {
    const articles = fakeArticles(Array.from({ length: 10 }, (_, i) => failedArticle(i)));
    const run = await runBatch({ articles: articles.store, blobs: fakeBlobs(), runs: fakeRuns().store, leases, starter: starter(async () => ({ outcome: 'SUMMARIZED' })), pipelineVersion: 'v' }, { ...SETTINGS, pageSize: 4 }, { dryRun: false, kinds: ['failed'], limit: 5 });
    expect(run.counts).toEqual({ considered: 8, started: 5, succeeded: 5, failed: 0, removed: 0, skipped: 3 });
    expect(run.skippedReasons).toEqual({ 'over-limit': 3 });
    expect(articles.queries.filter((q) => q.kind === 'failed')).toHaveLength(2);
  });

  it('a claim lost to another run does not use up the cap', async () => {
    const run = await runBatch(
      { articles: fakeArticles(Array.from({ length: 4 }, (_, i) => failedArticle(i)), { claimable: (id) => !id.endsWith('0') && !id.endsWith('1') }).store, blobs: fakeBlobs(), runs: fakeRuns().store, leases, starter: starter(async () => ({ outcome: 'SUMMARIZED' })), pipelineVersion: 'v' },
      SETTINGS,
      { dryRun: false, kinds: ['failed'], limit: 2 },
    );
    expect(run.counts).toEqual({ considered: 4, started: 2, succeeded: 2, failed: 0, removed: 0, skipped: 2 });
    expect(run.skippedReasons).toEqual({ 'claimed-by-another-run': 2 });
  });

  it('records a run that broke as FAILED, with the first line of the error, and rethrows', async () => {
    const runs = fakeRuns();
    const articles = fakeArticles([failedArticle(1)], {
      findWork: (query) => {
        if (query.kind === 'outdated') throw new Error('ProvisionedThroughputExceeded\nat stack');
      },
    });
    await expect(runBatch({ articles: articles.store, blobs: fakeBlobs(), runs: runs.store, leases, starter: starter(async () => ({ outcome: 'SUMMARIZED' })), pipelineVersion: 'v' }, SETTINGS, { dryRun: false, kinds: ['failed', 'outdated'] })).rejects.toThrow('ProvisionedThroughputExceeded');
    expect(runs.puts.at(-1)).toMatchObject({ status: 'FAILED', error: 'ProvisionedThroughputExceeded', counts: { considered: 1, started: 1, succeeded: 1 } });
  });

  it('ends the run as FAILED when a claim throws, after the runs already started have ended', async () => {
    const runs = fakeRuns();
    let ended = 0;
    const articles = fakeArticles(Array.from({ length: 6 }, (_, i) => failedArticle(i)), {
      claimable: (id) => {
        if (id.endsWith('3')) throw new Error('connect ECONNREFUSED');
        return true;
      },
    });
    const slowStarter = starter(async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      ended++;
      return { outcome: 'SUMMARIZED' };
    });
    await expect(runBatch({ articles: articles.store, blobs: fakeBlobs(), runs: runs.store, leases, starter: slowStarter, pipelineVersion: 'v' }, { ...SETTINGS, concurrency: 2 }, { dryRun: false, kinds: ['failed'] })).rejects.toThrow('ECONNREFUSED');
    const last = runs.puts.at(-1);
    expect(last).toMatchObject({ status: 'FAILED', error: 'connect ECONNREFUSED' });
    expect(last?.counts.started).toBe(ended);
  });

  it('re-runs an article from another upload holding it when the one that last started it is gone, and skips it when none is left', async () => {
    const events: ObjectEvent[] = [];
    const both = { ...failedArticle(1), sources: ['b/incoming/1.txt', 'b/incoming/copy-of-1.txt'] };
    const run = await runBatch(
      { articles: fakeArticles([both, failedArticle(2)]).store, blobs: fakeBlobs([], ['incoming/1.txt', 'incoming/2.txt']), runs: fakeRuns().store, leases, starter: starter(async (event) => (events.push(event), { outcome: 'SUMMARIZED' })), pipelineVersion: 'v' },
      SETTINGS,
      { dryRun: false, kinds: ['failed'] },
    );
    expect(events.map((event) => event.detail.object.key)).toEqual(['incoming/copy-of-1.txt']);
    expect(run.counts).toEqual({ considered: 2, started: 1, succeeded: 1, failed: 0, removed: 0, skipped: 1 });
    expect(run.skippedReasons).toEqual({ 'source-gone': 1 });
  });

  it('starts a lost upload with the event S3 would have sent, size and etag from the listing', async () => {
    const events: ObjectEvent[] = [];
    await runBatch(
      { articles: fakeArticles([]).store, blobs: fakeBlobs([{ key: 'incoming/lost.txt', size: 120, etag: 'abc' }, { key: 'incoming/folder/', size: 0 }]), runs: fakeRuns().store, leases, starter: starter(async (event) => (events.push(event), { outcome: 'SUMMARIZED' })), pipelineVersion: 'v' },
      SETTINGS,
      { dryRun: false, kinds: ['pending'] },
    );
    expect(events).toEqual([{ detail: { bucket: { name: 'b' }, object: { key: 'incoming/lost.txt', size: 120, etag: 'abc' } } }]);
  });

  it('walks the bucket beside the SOURCE records in key order: keys only listed are lost events, keys only recorded are lost deletes', async () => {
    const events: ObjectEvent[] = [];
    const objects = [{ key: 'incoming/a.txt', size: 1 }, { key: 'incoming/c.txt', size: 1 }, { key: 'incoming/é.txt', size: 1 }];
    const sources = [{ key: 'incoming/b.txt', articleId: 'B' }, { key: 'incoming/c.txt', articleId: 'C' }, { key: 'incoming/d.txt', articleId: 'D' }, { key: 'incoming/é.txt', articleId: 'E' }];
    const gone = ['incoming/b.txt', 'incoming/d.txt'];
    const run = await runBatch(
      { articles: fakeArticles([], { sources }).store, blobs: fakeBlobs(objects, gone), runs: fakeRuns().store, leases, starter: starter(async (event) => (events.push(event), { outcome: 'SUMMARIZED' })), pipelineVersion: 'v' },
      SETTINGS,
      { dryRun: false, kinds: ['pending'] },
    );
    expect(events.map((event) => event.detail.object.key)).toEqual(['incoming/a.txt']);
    expect(run.counts).toEqual({ considered: 3, started: 1, succeeded: 1, failed: 0, removed: 2, skipped: 0 });
  });

  it('leaves a lost delete alone when its object is back, and when another run holds it', async () => {
    const sources = [{ key: 'incoming/back.txt', articleId: 'B' }, { key: 'incoming/held.txt', articleId: 'H' }];
    const run = await runBatch(
      // The listing missed back.txt (uploaded again since), which HEAD now finds.
      { articles: fakeArticles([], { sources }).store, blobs: fakeBlobs([], ['incoming/held.txt']), runs: fakeRuns().store, leases: { claimObject: async (source) => source.key !== 'incoming/held.txt' }, starter: starter(async () => ({ outcome: 'SUMMARIZED' })), pipelineVersion: 'v' },
      SETTINGS,
      { dryRun: false, kinds: ['pending'] },
    );
    expect(run.counts).toEqual({ considered: 2, started: 0, succeeded: 0, failed: 0, removed: 0, skipped: 2 });
    expect(run.skippedReasons).toEqual({ 'claimed-by-another-run': 1, 'recorded-meanwhile': 1 });
  });

  it('does not reconcile the bucket unless pending work is asked for', async () => {
    const run = await runBatch(
      { articles: fakeArticles([], { sources: [{ key: 'incoming/gone.txt', articleId: 'G' }] }).store, blobs: fakeBlobs([{ key: 'incoming/lost.txt', size: 1 }], ['incoming/gone.txt']), runs: fakeRuns().store, leases, starter: starter(async () => ({ outcome: 'SUMMARIZED' })), pipelineVersion: 'v' },
      SETTINGS,
      { dryRun: false, kinds: ['failed', 'outdated'] },
    );
    expect(run.counts.considered).toBe(0);
  });

  it('re-runs a key whose bytes differ from the ones its record names (an overwrite whose run was lost), and only that one', async () => {
    const events: ObjectEvent[] = [];
    const objects = [{ key: 'incoming/edited.txt', size: 9, etag: 'new' }, { key: 'incoming/same.txt', size: 1, etag: 'e1' }, { key: 'incoming/unknown.txt', size: 1 }];
    const sources = [{ key: 'incoming/edited.txt', articleId: 'OLD', etag: 'old' }, { key: 'incoming/same.txt', articleId: 'S', etag: 'e1' }, { key: 'incoming/unknown.txt', articleId: 'U' }];
    const run = await runBatch(
      { articles: fakeArticles([], { sources }).store, blobs: fakeBlobs(objects), runs: fakeRuns().store, leases, starter: starter(async (event) => (events.push(event), { outcome: 'SUMMARIZED' })), pipelineVersion: 'v' },
      SETTINGS,
      { dryRun: false, kinds: ['pending'] },
    );
    expect(events).toEqual([{ detail: { bucket: { name: 'b' }, object: { key: 'incoming/edited.txt', size: 9, etag: 'new' } } }]);
    expect(run.counts).toMatchObject({ considered: 1, started: 1 });
  });

  it('re-runs an article from a key that still holds it, not from the key it last started from when that key now holds another article', async () => {
    const events: ObjectEvent[] = [];
    // It last started from k2.txt, since overwritten with other text (recorded as article OTHER); k1.txt still holds it.
    const moved = { ...failedArticle(7), source: { bucket: 'b', key: 'incoming/k2.txt' }, sources: ['b/incoming/k1.txt'] };
    const sources = [{ key: 'incoming/k2.txt', articleId: 'OTHER' }, { key: 'incoming/k1.txt', articleId: moved.id }];
    const orphan = { ...failedArticle(8), source: { bucket: 'b', key: 'incoming/k3.txt' }, sources: [] };
    const run = await runBatch(
      { articles: fakeArticles([moved, orphan], { sources: [...sources, { key: 'incoming/k3.txt', articleId: 'OTHER' }] }).store, blobs: fakeBlobs(), runs: fakeRuns().store, leases, starter: starter(async (event) => (events.push(event), { outcome: 'SUMMARIZED' })), pipelineVersion: 'v' },
      SETTINGS,
      { dryRun: false, kinds: ['failed'] },
    );
    expect(events.map((event) => event.detail.object.key)).toEqual(['incoming/k1.txt']);
    // Held by no key any more: nothing to re-run it from.
    expect(run.skippedReasons).toEqual({ 'source-gone': 1 });
  });
});
