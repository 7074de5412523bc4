import { describe, expect, it } from 'vitest';
import type { PipelineStarter } from '../../../shared/batch/pipeline-starter';
import { reprocessArticle } from '../../../shared/batch/reprocess-article';
import type { ObjectEvent } from '../../../shared/pipeline/stage-messages';
import type { ArticleRecord } from '../../../shared/store/article-record';
import type { ArticleStore } from '../../../shared/store/ports';

const NOW = new Date('2026-11-25T04:00:00Z');
const OPTIONS = { leaseMs: 60_000, processingStuckMs: 900_000, now: () => NOW };

const article = (status: ArticleRecord['status'], updatedAt: string): ArticleRecord => ({
  id: 'a'.repeat(32),
  status,
  title: null,
  source: { bucket: 'b', key: 'incoming/a.txt', etag: 'old', size: 5 },
  sources: ['b/incoming/a.txt'],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt,
  pipelineVersion: '0.1.0+nlp.1',
});

/**
 * `objects`: the keys in bucket b, each with the article its SOURCE record names (undefined:
 * no record yet). By default the article's own upload is there and names it.
 */
function setup(stored: ArticleRecord | undefined, claimable = true, objects: Record<string, string | undefined> = { 'incoming/a.txt': 'a'.repeat(32) }) {
  const claims: unknown[][] = [];
  const events: ObjectEvent[] = [];
  const articles = {
    getArticle: async () => stored,
    claimForRerun: async (...args: unknown[]) => (claims.push(args), claimable),
    sourcePointer: async ({ key }: { key: string }) => (objects[key] === undefined ? undefined : { key, articleId: objects[key] }),
  } as unknown as ArticleStore;
  const blobs = { bucket: 'b', head: async (key: string) => (key in objects ? { key, etag: 'e', size: 5 } : undefined) };
  const starter: PipelineStarter = { start: async (event) => (events.push(event), { outcome: 'SUMMARIZED' }) };
  return { deps: { articles, blobs, starter }, claims, events };
}

describe('reprocessArticle', () => {
  it('claims a summarized article of the current version too, and starts it from its source object', async () => {
    const { deps, claims, events } = setup(article('SUMMARIZED', '2026-11-24T00:00:00.000Z'));
    expect(await reprocessArticle(deps, 'a'.repeat(32), OPTIONS)).toEqual({ result: 'started', outcome: 'SUMMARIZED' });
    expect(claims).toEqual([['a'.repeat(32), { status: 'SUMMARIZED', updatedAt: '2026-11-24T00:00:00.000Z' }, 60_000]]);
    // Size and etag may be stale; the stage reads them fresh.
    expect(events).toEqual([{ detail: { bucket: { name: 'b' }, object: { key: 'incoming/a.txt' } } }]);
  });

  it('leaves an article that is being processed right now, or that another run has claimed', async () => {
    const running = setup(article('PROCESSING', '2026-11-25T03:59:00.000Z'));
    expect(await reprocessArticle(running.deps, 'a'.repeat(32), OPTIONS)).toEqual({ result: 'busy' });
    expect(running.claims).toHaveLength(0);
    const claimed = setup(article('FAILED', '2026-11-25T03:00:00.000Z'), false);
    expect(await reprocessArticle(claimed.deps, 'a'.repeat(32), OPTIONS)).toEqual({ result: 'busy' });
    expect(claimed.events).toHaveLength(0);
  });

  it('takes over a run stuck in PROCESSING past the threshold', async () => {
    const stuck = setup(article('PROCESSING', '2026-11-25T03:00:00.000Z'));
    expect(await reprocessArticle(stuck.deps, 'a'.repeat(32), OPTIONS)).toMatchObject({ result: 'started' });
  });

  it('says so when there is no such article', async () => {
    const missing = setup(undefined);
    expect(await reprocessArticle(missing.deps, 'b'.repeat(32), OPTIONS)).toEqual({ result: 'not-found' });
  });

  it('starts from an upload that still holds the article, and refuses when none does', async () => {
    const moved = { ...article('SUMMARIZED', '2026-11-24T00:00:00.000Z'), sources: ['b/incoming/a.txt', 'b/incoming/copy.txt'] };
    // Its first upload was overwritten with other content; a copy still holds it.
    const overwritten = setup(moved, true, { 'incoming/a.txt': 'c'.repeat(32), 'incoming/copy.txt': 'a'.repeat(32) });
    expect(await reprocessArticle(overwritten.deps, 'a'.repeat(32), OPTIONS)).toMatchObject({ result: 'started' });
    expect(overwritten.events).toEqual([{ detail: { bucket: { name: 'b' }, object: { key: 'incoming/copy.txt' } } }]);
    // Both gone (one deleted, one overwritten): nothing to run from, and nothing claimed.
    const gone = setup(moved, true, { 'incoming/a.txt': 'c'.repeat(32) });
    expect(await reprocessArticle(gone.deps, 'a'.repeat(32), OPTIONS)).toEqual({ result: 'source-gone' });
    expect(gone.claims).toHaveLength(0);
    expect(gone.events).toHaveLength(0);
  });
});
