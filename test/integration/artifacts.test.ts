import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runStateMachine } from '../../shared/local/local-state-machine';
import type { PipelineDeps } from '../../shared/pipeline/pipeline-deps';
import type { StageReference } from '../../shared/pipeline/stage-messages';
import { runDelete } from '../../shared/pipeline/stages';
import type { DynamoArticleStore } from '../../shared/store/dynamo/dynamo-article-store';
import type { S3BlobStore } from '../../shared/store/s3/s3-blob-store';
import { attribute } from '../../shared/nlp/attribute/attribute';
import { decode } from '../../shared/nlp/decode/decode';
import { segment } from '../../shared/nlp/segment/segment';
import { handlersFor, type StageHarness, startStageHarness } from './support/stage-harness';

const BUCKET = 'artifacts';
const paragraph = (i: number) => `Officials met on day ${i} in the capital. "We made progress on item ${i}," Jane Smith said. The talks continue, and a spokesman for the ministry, Tom Brown, said the next round would follow.`;
/** `count` paragraphs: 200 make a segment artifact of about 110 KB (inline) and an attribute one of about 190 KB (by key); 400 send both by key. */
const longArticle = (count: number) => Array.from({ length: count }, (_, i) => paragraph(i)).join('\n\n');
/** How many quotations the NLP finds in `text`: what the store must hold for it, however the quote finder changes. */
const quotationsIn = (text: string) => {
  const document = decode(Buffer.from(text), 'article.txt');
  if (!('text' in document)) throw new Error('the test article does not decode');
  return attribute(segment(document)).quotes.length;
};

describe('stage artifacts: inline when small, in S3 when large', () => {
  let harness: StageHarness;
  let deps: PipelineDeps;
  let store: DynamoArticleStore;
  let blobs: S3BlobStore;

  beforeAll(async () => {
    harness = await startStageHarness({ bucket: BUCKET, dynamoEndpoint: inject('dynamoEndpoint') });
    ({ deps, store, blobs } = harness);
  });

  afterAll(async () => {
    await harness?.stop();
  });

  const artifactKeys = async (articleId: string) => {
    const keys: string[] = [];
    for await (const object of blobs.list(`artifacts/${articleId}/`)) keys.push(object.key);
    return keys.sort();
  };

  it('passes a typical article’s artifacts inline, writing none to S3', async () => {
    await harness.upload('short.txt', longArticle(3));
    const segmented = await handlersFor(deps).segment(harness.eventFor('short.txt'));
    expect(segmented.artifact).toHaveProperty('inline');
    const outcome = await runStateMachine(handlersFor(deps), harness.eventFor('short.txt'));
    expect(outcome.status).toBe('SUMMARIZED');
    expect(await artifactKeys(outcome.articleId)).toEqual([]);
    expect(await blobs.head(`articles/${outcome.articleId}/text.txt`)).toBeDefined();
    expect((await store.listQuotes(outcome.articleId)).length).toBe(quotationsIn(longArticle(3)));
  });

  it('sends only the artifact over the threshold to S3: segment inline, attribute by key', async () => {
    await harness.upload('long.txt', longArticle(200));
    const outcome = await runStateMachine(handlersFor(deps), harness.eventFor('long.txt'));
    expect(outcome.status).toBe('SUMMARIZED');
    expect(await artifactKeys(outcome.articleId)).toEqual([`artifacts/${outcome.articleId}/attribute.json`]);
    expect((await store.listQuotes(outcome.articleId)).length).toBe(quotationsIn(longArticle(200)));
  });

  it('sends both artifacts of a long article by key, re-runs it, and its delete removes them', async () => {
    await harness.upload('longer.txt', longArticle(400));
    const first = await runStateMachine(handlersFor(deps), harness.eventFor('longer.txt'));
    expect(first.status).toBe('SUMMARIZED');
    expect(await artifactKeys(first.articleId)).toEqual(['attribute', 'segment'].map((stage) => `artifacts/${first.articleId}/${stage}.json`));
    // A re-run of the same upload (a batch run's reprocess) overwrites them and ends the same way.
    const again = await runStateMachine(handlersFor(deps), harness.eventFor('longer.txt'));
    expect(again).toMatchObject({ articleId: first.articleId, status: 'SUMMARIZED' });
    expect((await store.getArticle(first.articleId))?.stats?.quotes).toBe(quotationsIn(longArticle(400)));
    await blobs.delete('incoming/longer.txt');
    expect(await runDelete(deps, harness.eventFor('longer.txt'))).toEqual({ articleId: first.articleId, articleDeleted: true });
    expect(await artifactKeys(first.articleId)).toEqual([]);
    expect(await store.getArticle(first.articleId)).toBeUndefined();
  });

  it('gives the same record when summarize is retried with the same inline input', async () => {
    await harness.upload('retried.txt', longArticle(4));
    const handlers = handlersFor(deps);
    const attributed = JSON.parse(JSON.stringify(await handlers.attribute(await handlers.segment(harness.eventFor('retried.txt'))))) as StageReference;
    expect(attributed.artifact).toHaveProperty('inline');
    expect(await handlers.summarize(attributed)).toMatchObject({ status: 'SUMMARIZED' });
    const once = { article: await store.getArticle(attributed.articleId), quotes: await store.listQuotes(attributed.articleId), speakers: (await store.listSpeakers({ limit: 50 })).items };
    expect(await handlers.summarize(attributed)).toMatchObject({ status: 'SUMMARIZED' });
    expect(await store.listQuotes(attributed.articleId)).toEqual(once.quotes);
    expect((await store.listSpeakers({ limit: 50 })).items).toEqual(once.speakers);
    expect((await store.getArticle(attributed.articleId))?.summary).toEqual(once.article?.summary);
  });
});
