import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seededRandom, withFaults } from '../../shared/local/fault-injection';
import { runStateMachine } from '../../shared/local/local-state-machine';
import { withRetries } from '../../shared/local/stage-retry';
import type { PipelineDeps } from '../../shared/pipeline/pipeline-deps';
import { objectEventSchema } from '../../shared/pipeline/stage-messages';
import { runDelete } from '../../shared/pipeline/stages';
import type { DynamoArticleStore } from '../../shared/store/dynamo/dynamo-article-store';
import type { BlobStore } from '../../shared/store/ports';
import type { S3BlobStore } from '../../shared/store/s3/s3-blob-store';
import { handlersFor, type StageHarness, startStageHarness } from './support/stage-harness';

/**
 * Found by `npm run soak` and by reading the paths it exercised:
 * - an article that goes away leaves its text (`articles/<id>/text.txt`, kept "for as long as
 *   the article") in the bucket for good; nothing reads it again and no lifecycle rule expires it;
 * - a run that read an object before it was deleted or overwritten records it after the delete
 *   handler or the newer run has finished, so a deleted key or an overwritten one points at
 *   text it no longer holds, for good (the batch finds objects without records, never records
 *   without objects);
 * - a source is detached in two writes (the SOURCE item first, then the article's `sources`):
 *   when the second fails, a retry finds the first already done and skips the second, so the
 *   old article keeps a key that no longer holds it and is never deleted.
 */
const BUCKET = 'soak-findings';
const ARTICLE = 'Officials met on Monday. "We made progress," Jane Smith said. The talks continue.';

describe('what the soak found', () => {
  let harness: StageHarness;
  /** Set to make the next detach (`DELETE #sources`) fail once, as a throttle or a DynamoDB restart would. */
  let failNextDetach = false;
  let deps: PipelineDeps;
  let store: DynamoArticleStore;
  let blobs: S3BlobStore;
  const eventFor = (key: string) => harness.eventFor(key);
  const upload = (key: string, text: string) => harness.upload(key, text);
  const textOf = (articleId: string) => blobs.head(`articles/${articleId}/text.txt`);

  beforeAll(async () => {
    harness = await startStageHarness({
      bucket: BUCKET,
      dynamoEndpoint: inject('dynamoEndpoint'),
      configure: (dynamo) =>
        dynamo.middlewareStack.add(
          (next) => async (args) => {
            const input = args.input as { UpdateExpression?: string };
            if (failNextDetach && input.UpdateExpression?.startsWith('DELETE #sources')) {
              failNextDetach = false;
              throw Object.assign(new Error('injected: detach throttled'), { name: 'ThrottlingException' });
            }
            return next(args);
          },
          { step: 'initialize', name: 'failNextDetach' },
        ),
    });
    ({ deps, store, blobs } = harness);
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('removes the old text when an overwrite takes away the last key holding it', async () => {
    await upload('edited.txt', `${ARTICLE} First version.`);
    const first = await runStateMachine(handlersFor(deps), eventFor('edited.txt'));
    expect(await textOf(first.articleId)).toBeDefined();
    await upload('edited.txt', `${ARTICLE} Second version.`);
    await runStateMachine(handlersFor(deps), eventFor('edited.txt'));
    // The store deleted the old article (reliability.test.ts checks that) ...
    expect(await store.getArticle(first.articleId)).toBeUndefined();
    // ... but runSegment → startProcessing → pointSourceAt → detachSource touches only the table.
    expect(await textOf(first.articleId)).toBeUndefined();
  });

  it('removes the text when the delete handler is retried after a failure past removeSource', async () => {
    await upload('gone.txt', `${ARTICLE} Gone.`);
    const run = await runStateMachine(handlersFor(deps), eventFor('gone.txt'));
    await blobs.delete('incoming/gone.txt');
    // The first attempt removes the SOURCE record and the article, then throttles deleting blobs;
    // the retry (Lambda's own async retry, or the soak's) finds no SOURCE record and returns early.
    const flaky = { ...deps, blobs: withFaults<BlobStore>(blobs, { rate: 1, random: seededRandom(1), methods: ['deletePrefix'] }) };
    let attempt = 0;
    const deleteWithRetry = withRetries((e: unknown) => runDelete(++attempt === 1 ? flaky : deps, objectEventSchema.parse(e)), { errors: ['ThrottlingException'], maxAttempts: 2, intervalMs: 1, backoffRate: 1, jitter: false });
    await deleteWithRetry(eventFor('gone.txt'));
    expect(await store.getArticle(run.articleId)).toBeUndefined();
    expect(await textOf(run.articleId)).toBeUndefined();
  });

  const retryOnce = { errors: ['ThrottlingException'], maxAttempts: 2, intervalMs: 1, backoffRate: 1, jitter: false };

  it('deletes the article when the delete handler is retried after detaching its source failed', async () => {
    await upload('detach-delete.txt', `${ARTICLE} Detach on delete.`);
    const run = await runStateMachine(handlersFor(deps), eventFor('detach-delete.txt'));
    await blobs.delete('incoming/detach-delete.txt');
    failNextDetach = true;
    // Attempt 1 deletes SOURCE#…/detach-delete.txt, then the detach throws; attempt 2 finds no SOURCE item and returns.
    await withRetries((e: unknown) => runDelete(deps, objectEventSchema.parse(e)), retryOnce)(eventFor('detach-delete.txt'));
    expect(await store.getArticle(run.articleId)).toBeUndefined();
  });

  it('deletes the old article when an overwrite is retried after detaching the old text failed', async () => {
    await upload('detach-overwrite.txt', `${ARTICLE} Before the overwrite.`);
    const first = await runStateMachine(handlersFor(deps), eventFor('detach-overwrite.txt'));
    await upload('detach-overwrite.txt', `${ARTICLE} After the overwrite.`);
    failNextDetach = true;
    // startProcessing: the SOURCE item now names the new article, then detaching the old one throws;
    // the retry's put returns the new id as the previous one, so the old article is never detached.
    const retried = { ...handlersFor(deps), segment: withRetries(handlersFor(deps).segment, retryOnce) };
    const second = await runStateMachine(retried, eventFor('detach-overwrite.txt'));
    expect(second.status).toBe('SUMMARIZED');
    expect(await store.getArticle(first.articleId)).toBeUndefined();
  });

  /** BlobStore that holds a run right after it has read `key`, until released: the window in which S3 events overtake each other. */
  const pauseAfterReading = (key: string) => {
    let release: () => void = () => undefined;
    let signalRead: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const read = new Promise<void>((resolve) => (signalRead = resolve));
    const paused = new Proxy(blobs, {
      get: (target, property, receiver) =>
        property === 'get'
          ? async (wanted: string) => {
              const stored = await target.get(wanted);
              if (wanted === `incoming/${key}`) {
                signalRead();
                await released;
              }
              return stored;
            }
          : Reflect.get(target, property, receiver),
    });
    return { blobs: paused, read, release };
  };

  it('does not record an object whose delete was handled while its run was between reading and recording it', async () => {
    await upload('raced-delete.txt', `${ARTICLE} Raced by its delete.`);
    const pause = pauseAfterReading('raced-delete.txt');
    const running = runStateMachine(handlersFor({ ...deps, blobs: pause.blobs }), eventFor('raced-delete.txt'));
    await pause.read;
    await blobs.delete('incoming/raced-delete.txt');
    await runDelete(deps, eventFor('raced-delete.txt'));
    pause.release();
    const outcome = await running;
    expect(await store.articleIdForSource({ bucket: BUCKET, key: 'incoming/raced-delete.txt' })).toBeUndefined();
    expect(await store.getArticle(outcome.articleId)).toBeUndefined();
  });

  it('keeps an overwritten key on its new text when the run of the old text records last', async () => {
    await upload('raced-overwrite.txt', `${ARTICLE} Old text.`);
    const pause = pauseAfterReading('raced-overwrite.txt');
    const stale = runStateMachine(handlersFor({ ...deps, blobs: pause.blobs }), eventFor('raced-overwrite.txt'));
    await pause.read;
    await upload('raced-overwrite.txt', `${ARTICLE} New text.`);
    const fresh = await runStateMachine(handlersFor(deps), eventFor('raced-overwrite.txt'));
    pause.release();
    await stale;
    expect(await store.articleIdForSource({ bucket: BUCKET, key: 'incoming/raced-overwrite.txt' })).toBe(fresh.articleId);
    expect((await store.getArticle(fresh.articleId))?.status).toBe('SUMMARIZED');
  });
});
