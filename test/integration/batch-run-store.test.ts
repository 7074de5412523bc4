import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/local/local-credentials';
import { provisionTable } from '../../shared/local/provision-table';
import type { BatchRunRecord } from '../../shared/store/batch-run-record';
import { DynamoArticleStore } from '../../shared/store/dynamo/dynamo-article-store';
import { DynamoBatchRunStore } from '../../shared/store/dynamo/dynamo-batch-run-store';
import { InvalidCursorError } from '../../shared/store/store-error';

const run = (n: number, overrides: Partial<BatchRunRecord> = {}): BatchRunRecord => ({
  runId: `run-${String(n).padStart(3, '0')}`,
  status: 'FINISHED',
  startedAt: new Date(Date.parse('2026-01-01T00:00:00Z') + n * 60_000).toISOString(),
  finishedAt: new Date(Date.parse('2026-01-01T00:00:00Z') + n * 60_000 + 5_000).toISOString(),
  dryRun: false,
  kinds: ['pending', 'failed', 'outdated'],
  limit: 100,
  pipelineVersion: '0.1.0+nlp.1',
  counts: { considered: n, started: n, succeeded: n, failed: 0, removed: 0, skipped: 0 },
  skippedReasons: {},
  ...overrides,
});

describe('DynamoBatchRunStore on DynamoDB Local', () => {
  let store: DynamoBatchRunStore;
  let articles: DynamoArticleStore;

  beforeAll(async () => {
    const client = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const tableName = `batch-run-store-test-${Date.now()}`;
    await provisionTable(client, tableName);
    store = new DynamoBatchRunStore({ tableName, client });
    articles = new DynamoArticleStore({ tableName, client });
  });

  it('gives back a run as it was put, without the table keys, and the latest put wins', async () => {
    await store.putRun(run(1, { status: 'RUNNING', finishedAt: undefined, counts: { considered: 0, started: 0, succeeded: 0, failed: 0, removed: 0, skipped: 0 } }));
    await store.putRun(run(1, { skippedReasons: { 'claimed-by-another-run': 1 }, counts: { considered: 3, started: 2, succeeded: 1, failed: 1, removed: 0, skipped: 1 } }));
    expect(await store.getRun('run-001')).toEqual(run(1, { skippedReasons: { 'claimed-by-another-run': 1 }, counts: { considered: 3, started: 2, succeeded: 1, failed: 1, removed: 0, skipped: 1 } }));
    expect(await store.getRun('run-404')).toBeUndefined();
  });

  it('lists runs newest first, page by page, with no duplicates and no gaps', async () => {
    for (let n = 2; n <= 12; n++) await store.putRun(run(n));
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listRuns({ limit: 5, cursor });
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((r) => r.runId));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 12 }, (_, i) => run(12 - i).runId));
  });

  it('refuses a forged cursor and one issued by the article listing', async () => {
    const page = await store.listRuns({ limit: 2 });
    const [, signature] = (page.cursor ?? '').split('.');
    const forged = `${Buffer.from(JSON.stringify({ pk: 'BATCH#x', sk: 'META', gsi2pk: 'BATCHES', gsi2sk: 'z' })).toString('base64url')}.${signature}`;
    await expect(store.listRuns({ limit: 2, cursor: forged })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(store.listRuns({ limit: 2, cursor: 'garbage' })).rejects.toBeInstanceOf(InvalidCursorError);
    // Articles are on the same index; one article is enough for the listing to hand out a cursor.
    for (let n = 1; n <= 2; n++) await articles.startProcessing({ id: n.toString(16).padStart(32, '0'), title: null, source: { bucket: 'b', key: `incoming/${n}.txt` }, pipelineVersion: '0.1.0+nlp.1' });
    const articlePage = await articles.listArticles({ limit: 1 });
    expect(articlePage.cursor).toBeDefined();
    await expect(store.listRuns({ limit: 2, cursor: articlePage.cursor })).rejects.toBeInstanceOf(InvalidCursorError);
  });
});
