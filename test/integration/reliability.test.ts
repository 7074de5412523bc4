import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seededRandom, withFaults } from '../../shared/local/fault-injection';
import { runStateMachine } from '../../shared/local/local-state-machine';
import type { PipelineDeps } from '../../shared/pipeline/pipeline-deps';
import { runDelete } from '../../shared/pipeline/stages';
import type { DynamoArticleStore } from '../../shared/store/dynamo/dynamo-article-store';
import type { S3BlobStore } from '../../shared/store/s3/s3-blob-store';
import { handlersFor, type StageHarness, startStageHarness } from './support/stage-harness';

const BUCKET = 'reliability';
const ARTICLE = 'Officials met on Monday. "We made progress," Jane Smith said. The talks continue.';

describe('nothing lost, nothing corrupted', () => {
  let harness: StageHarness;
  let deps: PipelineDeps;
  let store: DynamoArticleStore;
  let blobs: S3BlobStore;
  const eventFor = (key: string, size?: number) => harness.eventFor(key, size);
  const upload = (key: string, text: string) => harness.upload(key, text);

  beforeAll(async () => {
    harness = await startStageHarness({ bucket: BUCKET, dynamoEndpoint: inject('dynamoEndpoint') });
    ({ deps, store, blobs } = harness);
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('gives one article and one quote set when the same event arrives twice at once', async () => {
    await upload('twice.txt', ARTICLE);
    const outcomes = await Promise.all([runStateMachine(handlersFor(deps), eventFor('twice.txt')), runStateMachine(handlersFor(deps), eventFor('twice.txt'))]);
    expect(new Set(outcomes.map((o) => o.articleId)).size).toBe(1);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['SUMMARIZED', 'SUPERSEDED']);
    const id = outcomes[0]?.articleId ?? '';
    const article = await store.getArticle(id);
    expect(article?.status).toBe('SUMMARIZED');
    const quotes = await store.listQuotes(id);
    expect(quotes.map((q) => q.index)).toEqual([...new Set(quotes.map((q) => q.index))]);
    expect(quotes.length).toBe(article?.stats?.quotes);
  });

  it('leaves nothing behind when the delete arrives before the create', async () => {
    await upload('ghost.txt', `${ARTICLE} Ghost.`);
    await blobs.delete('incoming/ghost.txt');
    expect(await runDelete(deps, eventFor('ghost.txt'))).toEqual({ articleId: null, articleDeleted: false });
    const outcome = await runStateMachine(handlersFor(deps), eventFor('ghost.txt'));
    expect(outcome.error?.type).toBe('SourceGoneError');
    expect(await store.getArticle(outcome.articleId)).toBeUndefined();
    expect(await store.articleIdForSource({ bucket: BUCKET, key: 'incoming/ghost.txt' })).toBeUndefined();
  });

  it('follows an overwrite: the key holds the new text, the old article goes', async () => {
    await upload('edited.txt', `${ARTICLE} First version.`);
    const first = await runStateMachine(handlersFor(deps), eventFor('edited.txt'));
    await upload('edited.txt', `${ARTICLE} Second version.`);
    const second = await runStateMachine(handlersFor(deps), eventFor('edited.txt'));
    expect(second.articleId).not.toBe(first.articleId);
    expect(await store.getArticle(first.articleId)).toBeUndefined();
    expect((await store.getArticle(second.articleId))?.status).toBe('SUMMARIZED');
    expect(await store.articleIdForSource({ bucket: BUCKET, key: 'incoming/edited.txt' })).toBe(second.articleId);
  });

  it('marks an article FAILED and retryable when a port keeps throttling, and a re-run recovers it', async () => {
    await upload('flaky.txt', `${ARTICLE} Flaky.`);
    const faults: string[] = [];
    const throttled = { ...deps, blobs: withFaults(blobs, { rate: 1, random: seededRandom(1), methods: ['put'], onFault: (m) => faults.push(m) }) };
    // The text write throttles after the article was created PROCESSING: the Catch must record it.
    const failed = await runStateMachine(handlersFor(throttled), eventFor('flaky.txt'));
    // A fault: the state machine's Choice ends this execution failed, for the alarm.
    expect(failed).toMatchObject({ status: 'FAILED', retryable: true });
    expect(faults.length).toBeGreaterThan(0);
    const article = await store.getArticle(failed.articleId);
    expect(article).toMatchObject({ status: 'FAILED', error: { code: 'ThrottlingException', retryable: true } });
    const work = await store.findWork({ kind: 'failed', before: new Date(Date.now() + 1000).toISOString(), limit: 10 });
    expect(work.items.map((a) => a.id)).toContain(failed.articleId);
    const recovered = await runStateMachine(handlersFor(deps), eventFor('flaky.txt'));
    expect(recovered).toMatchObject({ articleId: failed.articleId, status: 'SUMMARIZED' });
  });

  /** An ArticleStore whose first startProcessing waits for `release`: a run held between its checks and its record. */
  const holdFirstRecord = () => {
    let release: () => void = () => undefined;
    let signalHeld: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = new Promise<void>((resolve) => (signalHeld = resolve));
    let first = true;
    const articles = new Proxy(store, {
      get: (target, property, receiver) =>
        property === 'startProcessing'
          ? async (...args: Parameters<DynamoArticleStore['startProcessing']>) => {
              if (first) {
                first = false;
                signalHeld();
                await released;
              }
              return target.startProcessing(...args);
            }
          : Reflect.get(target, property, receiver),
    });
    return { articles, held, release };
  };

  it('follows a key overwritten between its checks and its record, so the newer text keeps the key', async () => {
    await upload('overtaken.txt', `${ARTICLE} Old words.`);
    const hold = holdFirstRecord();
    const stale = runStateMachine(handlersFor({ ...deps, articles: hold.articles }), eventFor('overtaken.txt'));
    await hold.held;
    await upload('overtaken.txt', `${ARTICLE} New words.`);
    const fresh = await runStateMachine(handlersFor(deps), eventFor('overtaken.txt'));
    hold.release();
    const followed = await stale;
    expect(followed.articleId).toBe(fresh.articleId);
    expect(await store.articleIdForSource({ bucket: BUCKET, key: 'incoming/overtaken.txt' })).toBe(fresh.articleId);
    expect((await store.getArticle(fresh.articleId))?.status).toBe('SUMMARIZED');
  });

  it('takes back its record when the key was deleted between its checks and its record', async () => {
    await upload('vanished.txt', `${ARTICLE} Vanishing.`);
    const hold = holdFirstRecord();
    const running = runStateMachine(handlersFor({ ...deps, articles: hold.articles }), eventFor('vanished.txt'));
    await hold.held;
    await blobs.delete('incoming/vanished.txt');
    await runDelete(deps, eventFor('vanished.txt'));
    hold.release();
    const outcome = await running;
    expect(outcome.status).toBe('SUPERSEDED');
    expect(await store.articleIdForSource({ bucket: BUCKET, key: 'incoming/vanished.txt' })).toBeUndefined();
    expect(await store.getArticle(outcome.articleId)).toBeUndefined();
    expect(await blobs.head(`articles/${outcome.articleId}/text.txt`)).toBeUndefined();
  });

  it('refuses an oversized upload from its announced size without reading it', async () => {
    await upload('huge.txt', 'x'.repeat(64));
    const reads: string[] = [];
    const watchedBlobs = new Proxy(blobs, { get: (target, property, receiver) => (property === 'get' ? (key: string) => (reads.push(key), target.get(key)) : Reflect.get(target, property, receiver)) });
    const outcome = await runStateMachine(handlersFor({ ...deps, maxBytes: 10, blobs: watchedBlobs }), eventFor('huge.txt', 64));
    // Refused, not a fault: the state machine's Choice ends this execution as a success.
    expect(outcome).toMatchObject({ status: 'FAILED', retryable: false });
    expect(reads).toEqual([]);
    expect(await store.getArticle(outcome.articleId)).toMatchObject({ status: 'FAILED', error: { code: 'too-large', retryable: false } });
  });
});
