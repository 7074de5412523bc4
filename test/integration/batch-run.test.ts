import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { WORK_KINDS } from '../../shared/batch/batch-request';
import type { BatchSettings } from '../../shared/batch/batch-settings';
import { LocalPipelineStarter } from '../../shared/batch/local-pipeline-starter';
import type { PipelineStarter } from '../../shared/batch/pipeline-starter';
import { type BatchDeps, runBatch } from '../../shared/batch/run-batch';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_S3_CLIENT_OPTIONS } from '../../shared/local/local-credentials';
import type { StageHandlers } from '../../shared/local/local-state-machine';
import { provisionTable } from '../../shared/local/provision-table';
import { type S3Local, startS3Local } from '../../shared/local/s3-local';
import { decode } from '../../shared/nlp/decode/decode';
import { DecodeError } from '../../shared/nlp/decode/decode-error';
import { articleIdFor } from '../../shared/pipeline/article-id';
import { PIPELINE_VERSION } from '../../shared/pipeline/pipeline-version';
import type { ArticleRecord } from '../../shared/store/article-record';
import type { BatchRunRecord } from '../../shared/store/batch-run-record';
import { DynamoArticleStore } from '../../shared/store/dynamo/dynamo-article-store';
import { DynamoBatchRunStore } from '../../shared/store/dynamo/dynamo-batch-run-store';
import { S3BlobStore } from '../../shared/store/s3/s3-blob-store';
import { TABLE } from '../../shared/store/table-definition';

const OLD_VERSION = '0.0.9+nlp.0';
const BUCKET_NAME = 'batch-test';
const HOUR = 3_600_000;
const SETTINGS: BatchSettings = { limit: 100, concurrency: 2, pageSize: 100, pendingGraceMs: 300_000, lostUploadGraceMs: 0, processingStuckMs: 900_000, failedRetryAfterMs: 300_000, leaseMs: 900_000 };
const BINARY = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x62, 0x69, 0x6e]);

/** A short article with a quote, different for every name, so each has its own content id. */
const articleText = (name: string) =>
  `Council approves ${name} budget\n\nThe city council approved the ${name} budget on Tuesday after a long debate.\n\n"This plan for ${name} keeps the libraries open," said Mayor Jane Alvarez. She added that taxes would not rise.\n\nCritics said the ${name} plan relied on optimistic forecasts.`;

/** The id the segment stage will give this upload: the hash of its normalized text. */
function contentIdOf(name: string, text: string): string {
  const document = decode(new TextEncoder().encode(text), name);
  if (document instanceof DecodeError) throw document;
  return articleIdFor(document.text);
}

/** Lets each caller through only once `parties` callers have arrived; after that, everyone passes. */
function barrier(parties: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    arrived++;
    if (arrived >= parties) open();
    return opened;
  };
}

/** The same object with one async method held at a gate, so two runs can be made to race at a chosen point. */
function gated<T extends object>(target: T, method: keyof T, gate: () => Promise<void>): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object) as unknown;
      if (typeof value !== 'function') return value;
      if (property !== method) return value.bind(object);
      return async (...args: unknown[]) => {
        await gate();
        return (value as (...a: unknown[]) => unknown).apply(object, args);
      };
    },
  });
}

describe('batch runs on DynamoDB Local and the S3 server', () => {
  let s3: S3Local;
  let dataDir: string;
  let dynamoClient: DynamoDBClient;
  let tableName: string;
  let s3Client: S3Client;
  let blobs: S3BlobStore;
  let articles: DynamoArticleStore;
  let runs: DynamoBatchRunStore;
  let handlers: StageHandlers;
  /** Seeds records as they were in the past; the batch and the stages run on the real clock. */
  let seedAt = Date.now() - 2 * HOUR;
  let seeder: DynamoArticleStore;
  /** How often each object key was handed to a pipeline run, across every batch run of this file. */
  const startsByKey = new Map<string, number>();

  const countingStarter = (): PipelineStarter => {
    const local = new LocalPipelineStarter(handlers);
    return {
      start: (event) => {
        startsByKey.set(event.detail.object.key, (startsByKey.get(event.detail.object.key) ?? 0) + 1);
        return local.start(event);
      },
    };
  };
  const depsWith = (overrides: Partial<BatchDeps> = {}): BatchDeps => ({ articles, blobs, runs, leases: runs, starter: countingStarter(), pipelineVersion: PIPELINE_VERSION, ...overrides });

  const upload = async (name: string, body: string | Uint8Array = articleText(name)) => {
    await blobs.put(`incoming/${name}`, body, 'text/plain');
    return { bucket: BUCKET_NAME, key: `incoming/${name}` };
  };
  const uploadAndProcess = async (name: string, body?: string | Uint8Array) => {
    const source = await upload(name, body);
    return new LocalPipelineStarter(handlers).start({ detail: { bucket: { name: BUCKET_NAME }, object: { key: source.key } } });
  };
  const seedProcessing = async (name: string, atMs: number, pipelineVersion = PIPELINE_VERSION) => {
    const source = await upload(name);
    const id = contentIdOf(name, articleText(name));
    seedAt = atMs;
    const { runId } = await seeder.startProcessing({ id, title: name, source, pipelineVersion });
    return { id, source, runId };
  };
  const seedOutdated = async (name: string) => {
    const { id, runId } = await seedProcessing(name, Date.now() - 2 * HOUR, OLD_VERSION);
    const summary = { sentences: [], keyPoints: [], speakers: [] };
    expect(await seeder.saveResult({ id, runId, title: name, pipelineVersion: OLD_VERSION, summary, stats: { characters: 1, paragraphs: 1, sentences: 1, quotes: 0, speakers: 0 }, quotes: [] })).toBe('saved');
    return id;
  };
  const seedPending = async (name: string, atMs: number) => {
    const { id } = await seedProcessing(name, atMs);
    const article = (await articles.getArticle(id)) as ArticleRecord;
    // A batch claim whose pipeline start was lost: PENDING with a one-second lease.
    expect(await seeder.claimForRerun(id, { status: 'PROCESSING', updatedAt: article.updatedAt }, 1000)).toBe(true);
    return id;
  };
  const seedFailed = async (name: string, atMs: number) => {
    const source = await upload(name);
    const id = contentIdOf(name, articleText(name));
    seedAt = atMs;
    await seeder.markFailed(id, source, { code: 'ThrottlingException', message: 'Rate exceeded', retryable: true }, PIPELINE_VERSION);
    return id;
  };
  const article = async (id: string) => (await articles.getArticle(id)) as ArticleRecord;
  const articleForKey = async (name: string) => {
    const id = await articles.articleIdForSource({ bucket: BUCKET_NAME, key: `incoming/${name}` });
    return id ? article(id) : undefined;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'precis-batch-'));
    s3 = await startS3Local({ directory: join(dataDir, 's3'), bucket: BUCKET_NAME });
    tableName = `batch-test-${Date.now()}`;
    // The stage handlers build their clients from the environment, as they do in Lambda.
    Object.assign(process.env, {
      TABLE_NAME: tableName,
      BUCKET_NAME,
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: inject('dynamoEndpoint'),
      AWS_ENDPOINT_URL_S3: s3.endpoint,
      // As in local mode: the stages' Lambda logs and metrics would bury the test output.
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      POWERTOOLS_METRICS_DISABLED: 'true',
    });
    dynamoClient = new DynamoDBClient({});
    await provisionTable(dynamoClient, tableName);
    s3Client = new S3Client(LOCAL_S3_CLIENT_OPTIONS);
    blobs = new S3BlobStore({ bucket: BUCKET_NAME, client: s3Client });
    articles = new DynamoArticleStore({ tableName, client: dynamoClient });
    seeder = new DynamoArticleStore({ tableName, client: dynamoClient, now: () => new Date(seedAt) });
    runs = new DynamoBatchRunStore({ tableName, client: dynamoClient });
    const [segment, attribute, summarize, markFailed] = await Promise.all([
      import('../../functions/segment/handler'),
      import('../../functions/attribute/handler'),
      import('../../functions/summarize/handler'),
      import('../../functions/mark-failed/handler'),
    ]);
    handlers = { segment: segment.handler, attribute: attribute.handler, summarize: summarize.handler, markFailed: markFailed.handler };
  });

  afterAll(async () => {
    dynamoClient?.destroy();
    s3Client?.destroy();
    await s3?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('one run over articles in every state', () => {
    const ids: Record<string, string> = {};
    let untouched: Record<string, ArticleRecord>;

    beforeAll(async () => {
      const now = Date.now();
      expect((await uploadAndProcess('current.txt')).outcome).toBe('SUMMARIZED');
      ids.current = contentIdOf('current.txt', articleText('current.txt'));
      ids.outdated = await seedOutdated('outdated.txt');
      ids.lostStart = await seedPending('lost-start.txt', now - 2 * HOUR);
      ids.justClaimed = await seedPending('just-claimed.txt', now - 60_000);
      ids.stuck = (await seedProcessing('stuck.txt', now - 2 * HOUR)).id;
      ids.running = (await seedProcessing('running.txt', now - 60_000)).id;
      ids.retryable = await seedFailed('retryable.txt', now - 2 * HOUR);
      ids.justFailed = await seedFailed('just-failed.txt', now - 60_000);
      // Deleted while its delete event was lost: no upload to re-run it from, and a record to remove.
      ids.sourceGone = await seedFailed('source-gone.txt', now - 2 * HOUR);
      await blobs.delete('incoming/source-gone.txt');
      await upload('lost-delete-kept.txt', articleText('current.txt'));
      await new LocalPipelineStarter(handlers).start({ detail: { bucket: { name: BUCKET_NAME }, object: { key: 'incoming/lost-delete-kept.txt' } } });
      // The same content as current.txt under a second name, deleted with its event lost: the article stays, held by current.txt.
      await blobs.delete('incoming/lost-delete-kept.txt');
      expect((await uploadAndProcess('binary.txt', BINARY)).outcome).toBe('FAILED');
      // Uploads whose ObjectCreated never reached the pipeline: no record at all.
      await upload('lost-event.txt');
      // Other bytes than binary.txt: the same bytes would be the same (already failed) article.
      await upload('lost-event-binary.txt', new Uint8Array([...BINARY, 0x01]));
      untouched = {};
      for (const name of ['justClaimed', 'running', 'justFailed', 'sourceGone'] as const) untouched[name] = await article(ids[name] as string);
      const binary = await articleForKey('binary.txt');
      expect(binary).toMatchObject({ status: 'FAILED', error: { code: 'binary', retryable: false } });
      untouched.binary = binary as ArticleRecord;
    });

    it('a dry run counts the work and changes nothing', async () => {
      const run = await runBatch(depsWith(), SETTINGS, { dryRun: true, kinds: [...WORK_KINDS] });
      expect(run.counts).toEqual({ considered: 9, started: 0, succeeded: 0, failed: 0, removed: 0, skipped: 9 });
      expect(run.skippedReasons).toEqual({ 'dry-run': 9 });
      expect(await articleForKey('source-gone.txt')).toMatchObject({ id: ids.sourceGone });
      expect(startsByKey.size).toBe(0);
      expect((await article(ids.lostStart as string)).status).toBe('PENDING');
      expect((await article(ids.outdated as string)).pipelineVersion).toBe(OLD_VERSION);
      expect(await articleForKey('lost-event.txt')).toBeUndefined();
    });

    it('restarts lost starts, lost events, stuck runs, retryable failures and outdated summaries, finishes lost deletes, and nothing else', async () => {
      const run = await runBatch(depsWith(), SETTINGS, { dryRun: false, kinds: [...WORK_KINDS] });
      expect(run).toMatchObject({ status: 'FINISHED', dryRun: false, limit: 100, pipelineVersion: PIPELINE_VERSION });
      expect(run.counts).toEqual({ considered: 8, started: 6, succeeded: 5, failed: 1, removed: 2, skipped: 0 });
      expect(run.skippedReasons).toEqual({});
      // The lost deletes: the article whose last object went is gone, the one still held by another object stays.
      expect(await articleForKey('source-gone.txt')).toBeUndefined();
      expect(await articles.getArticle(ids.sourceGone as string)).toBeUndefined();
      expect(await articleForKey('lost-delete-kept.txt')).toBeUndefined();
      expect((await article(ids.current as string)).sources).toEqual([`${BUCKET_NAME}/incoming/current.txt`]);
      delete untouched.sourceGone;
      expect(Object.fromEntries(startsByKey)).toEqual(
        Object.fromEntries(['lost-start.txt', 'lost-event.txt', 'lost-event-binary.txt', 'stuck.txt', 'retryable.txt', 'outdated.txt'].map((name) => [`incoming/${name}`, 1])),
      );

      for (const name of ['outdated', 'lostStart', 'stuck', 'retryable'] as const) {
        expect(await article(ids[name] as string), name).toMatchObject({ status: 'SUMMARIZED', pipelineVersion: PIPELINE_VERSION });
      }
      expect((await article(ids.retryable as string)).error).toBeUndefined();
      expect(await articleForKey('lost-event.txt')).toMatchObject({ status: 'SUMMARIZED', pipelineVersion: PIPELINE_VERSION, id: contentIdOf('lost-event.txt', articleText('lost-event.txt')) });
      expect(await articleForKey('lost-event-binary.txt')).toMatchObject({ status: 'FAILED', error: { code: 'binary', retryable: false } });
      // Within their grace periods, made by this version, or not worth retrying: left exactly as they were.
      for (const [name, before] of Object.entries(untouched)) expect(await article(before.id), name).toEqual(before);

      expect(await runs.getRun(run.runId)).toEqual(run);
      expect((await runs.listRuns({ limit: 1 })).items[0]).toEqual(run);
    });

    it('a second run finds nothing left to do, and the late delete event finds nothing to delete', async () => {
      const run = await runBatch(depsWith(), SETTINGS, { dryRun: false, kinds: [...WORK_KINDS] });
      expect(run.counts).toEqual({ considered: 0, started: 0, succeeded: 0, failed: 0, removed: 0, skipped: 0 });
      expect(await articles.removeSource({ bucket: BUCKET_NAME, key: 'incoming/source-gone.txt' })).toBeUndefined();
    });
  });

  it('stops at the cap, counts the rest of the page in hand as over the limit, and leaves it to the next run', async () => {
    for (const n of [1, 2, 3]) await upload(`capped-${n}.txt`);
    const first = await runBatch(depsWith(), SETTINGS, { dryRun: false, kinds: ['pending'], limit: 1 });
    expect(first.counts).toEqual({ considered: 3, started: 1, succeeded: 1, failed: 0, removed: 0, skipped: 2 });
    expect(first.skippedReasons).toEqual({ 'over-limit': 2 });
    expect(first.limit).toBe(1);
    // Bucket listings come in key order.
    expect(await articleForKey('capped-1.txt')).toMatchObject({ status: 'SUMMARIZED' });
    expect(await articleForKey('capped-2.txt')).toBeUndefined();

    const second = await runBatch(depsWith(), SETTINGS, { dryRun: false, kinds: ['pending'] });
    expect(second.counts).toEqual({ considered: 2, started: 2, succeeded: 2, failed: 0, removed: 0, skipped: 0 });
  });

  it('only runs the kinds asked for', async () => {
    const outdated = await seedOutdated('outdated-again.txt');
    await upload('lost-again.txt');
    const failedOnly = await runBatch(depsWith(), SETTINGS, { dryRun: false, kinds: ['failed'] });
    expect(failedOnly.counts.considered).toBe(0);
    const outdatedOnly = await runBatch(depsWith(), SETTINGS, { dryRun: false, kinds: ['outdated'] });
    expect(outdatedOnly.counts).toEqual({ considered: 1, started: 1, succeeded: 1, failed: 0, removed: 0, skipped: 0 });
    expect((await article(outdated)).pipelineVersion).toBe(PIPELINE_VERSION);
    expect(await articleForKey('lost-again.txt')).toBeUndefined();
    const pendingOnly = await runBatch(depsWith(), SETTINGS, { dryRun: false, kinds: ['pending'] });
    expect(pendingOnly.counts).toEqual({ considered: 1, started: 1, succeeded: 1, failed: 0, removed: 0, skipped: 0 });
  });

  it('re-runs a key overwritten while the new bytes\' run was lost: the key follows its new text, the old article goes', async () => {
    expect((await uploadAndProcess('edited-lost.txt')).outcome).toBe('SUMMARIZED');
    const before = (await articleForKey('edited-lost.txt')) as ArticleRecord;
    // New bytes under the same key, and no pipeline run for them.
    await blobs.put('incoming/edited-lost.txt', `${articleText('edited-lost.txt')} A paragraph added later.`, 'text/plain');
    const run = await runBatch(depsWith(), SETTINGS, { dryRun: false, kinds: ['pending'] });
    expect(run.counts).toMatchObject({ considered: 1, started: 1, succeeded: 1 });
    const after = (await articleForKey('edited-lost.txt')) as ArticleRecord;
    expect(after.id).not.toBe(before.id);
    expect(after.status).toBe('SUMMARIZED');
    expect(await articles.getArticle(before.id)).toBeUndefined();
    const again = await runBatch(depsWith(), SETTINGS, { dryRun: false, kinds: ['pending'] });
    expect(again.counts.considered).toBe(0);
  });

  it('re-runs an upload whose record names an article that is gone, once a run checks that record, and makes the article again', async () => {
    expect((await uploadAndProcess('dangling.txt')).outcome).toBe('SUMMARIZED');
    const before = (await articleForKey('dangling.txt')) as ArticleRecord;
    // The race RELIABILITY.md describes, played out: the article went, its upload's record stayed.
    await dynamoClient.send(new DeleteItemCommand({ TableName: tableName, Key: { [TABLE.partitionKey]: { S: `ARTICLE#${before.id}` }, [TABLE.sortKey]: { S: 'META' } } }));
    expect(await articles.getArticle(before.id)).toBeUndefined();
    const run = await runBatch(depsWith(), { ...SETTINGS, recordCheckEvery: 1 }, { dryRun: false, kinds: ['pending'] });
    expect(run.counts).toMatchObject({ considered: 1, started: 1, succeeded: 1, skipped: 0 });
    expect(await articleForKey('dangling.txt')).toMatchObject({ id: before.id, status: 'SUMMARIZED' });
    const again = await runBatch(depsWith(), { ...SETTINGS, recordCheckEvery: 1 }, { dryRun: false, kinds: ['pending'] });
    expect(again.counts.considered).toBe(0);
  });

  describe('two overlapping runs', () => {
    /** Both runs have read the same page before either claims anything: the claim alone must keep them apart. */
    const race = async (gateOn: 'articles' | 'leases') => {
      const gate = barrier(2);
      // Each run arrives once, at its first claim (a run makes several claims at once).
      const depsForOneRun = () => {
        let arrival: Promise<void> | undefined;
        const arriveOnce = () => (arrival ??= gate());
        return gateOn === 'articles' ? depsWith({ articles: gated(articles, 'claimForRerun', arriveOnce) }) : depsWith({ leases: gated(runs, 'claimObject', arriveOnce) });
      };
      return Promise.all([runBatch(depsForOneRun(), SETTINGS, { dryRun: false, kinds: [...WORK_KINDS] }), runBatch(depsForOneRun(), SETTINGS, { dryRun: false, kinds: [...WORK_KINDS] })]);
    };
    const sum = (runs: readonly BatchRunRecord[], count: keyof BatchRunRecord['counts']) => runs.reduce((total, run) => total + run.counts[count], 0);
    const skippedFor = (runs: readonly BatchRunRecord[], reason: string) => runs.reduce((total, run) => total + (run.skippedReasons[reason] ?? 0), 0);

    it('never start the same outdated article twice', async () => {
      const names = Array.from({ length: 6 }, (_, n) => `overlap-${n}.txt`);
      for (const name of names) await seedOutdated(name);
      startsByKey.clear();
      const both = await race('articles');
      expect(both.map((run) => run.counts.considered)).toEqual([6, 6]);
      expect(sum(both, 'started')).toBe(6);
      expect(sum(both, 'succeeded')).toBe(6);
      expect(sum(both, 'skipped')).toBe(6);
      expect(skippedFor(both, 'claimed-by-another-run')).toBe(6);
      expect([...startsByKey.values()]).toEqual([1, 1, 1, 1, 1, 1]);
      for (const name of names) expect(await articleForKey(name)).toMatchObject({ status: 'SUMMARIZED', pipelineVersion: PIPELINE_VERSION });
    });

    it('never start the same lost upload twice', async () => {
      for (const n of [1, 2, 3, 4]) await upload(`overlap-lost-${n}.txt`);
      startsByKey.clear();
      const both = await race('leases');
      expect(both.map((run) => run.counts.considered)).toEqual([4, 4]);
      expect(sum(both, 'started')).toBe(4);
      expect(sum(both, 'succeeded')).toBe(4);
      expect(sum(both, 'skipped')).toBe(4);
      // The winner's lease is live for the whole run, so the loser never gets as far as the second look.
      expect(skippedFor(both, 'claimed-by-another-run')).toBe(4);
      expect([...startsByKey.values()]).toEqual([1, 1, 1, 1]);
    });
  });

  it('the Lambda handler takes a Scheduled Event, starts one execution per article, and leaves the outcomes to them', async () => {
    const names = ['scheduled-1.txt', 'scheduled-2.txt'];
    const ids: string[] = [];
    for (const name of names) ids.push(await seedOutdated(name));
    const sfn = mockClient(SFNClient);
    sfn.on(StartExecutionCommand).resolves({ executionArn: 'arn:aws:states:us-east-1:123456789012:execution:pipeline:x', startDate: new Date() });
    process.env.STATE_MACHINE_ARN = 'arn:aws:states:us-east-1:123456789012:stateMachine:pipeline';
    process.env.BATCH_LIMIT = '50';
    try {
      const { handler } = await import('../../functions/batch/handler');
      const result = await handler({ 'detail-type': 'Scheduled Event', source: 'aws.events', detail: {} });
      expect(result).toMatchObject({ counts: { considered: 2, started: 2, succeeded: 0, failed: 0, skipped: 0 }, skippedReasons: {}, outcomes: 'asynchronous' });
      const inputs = sfn.commandCalls(StartExecutionCommand).map((call) => JSON.parse(call.args[0].input.input ?? '') as { detail: { object: { key: string } } });
      expect(inputs.map((input) => input.detail.object.key).sort()).toEqual(names.map((name) => `incoming/${name}`));
      // Claimed, and waiting for the executions to pick them up.
      for (const id of ids) expect((await article(id)).status).toBe('PENDING');
      expect(await runs.getRun(result.runId)).toMatchObject({ status: 'FINISHED', limit: 50, counts: result.counts });
      await expect(handler({ limit: 0 })).rejects.toThrow();
    } finally {
      sfn.restore();
      delete process.env.STATE_MACHINE_ARN;
      delete process.env.BATCH_LIMIT;
    }
  });
});
