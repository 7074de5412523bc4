import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { HttpResponse } from '../../shared/api/http-types';
import { buildOpenApiDocument } from '../../shared/api/openapi-document';
import type { ReadDeps } from '../../shared/api/read-deps';
import { routeRead } from '../../shared/api/read-router';
import { READ_ROUTES } from '../../shared/api/read-routes';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/local/local-credentials';
import { provisionTable } from '../../shared/local/provision-table';
import type { SpeakerDigest } from '../../shared/nlp/types';
import type { BatchRunRecord } from '../../shared/store/batch-run-record';
import { DynamoArticleStore } from '../../shared/store/dynamo/dynamo-article-store';
import { DynamoBatchRunStore } from '../../shared/store/dynamo/dynamo-batch-run-store';
import type { BlobStore, SaveResult } from '../../shared/store/ports';
import { checkJsonSchema } from '../unit/api/json-schema-check';

const VERSION = '0.1.0+nlp.1';
const idOf = (n: number) => n.toString(16).padStart(32, '0');
const TEXT = 'Ada said "engines weave algebra." Alan replied "machines can think."';

/** A clock the test moves, so listing order is exact. */
class TestClock {
  private ms = Date.parse('2026-02-01T00:00:00Z');
  now = () => new Date(this.ms);
  tick(seconds = 1) {
    this.ms += seconds * 1000;
  }
}

/** The texts live in S3 in AWS and locally; here the port is enough (the browser test reads the real bucket). */
const textsIn = (texts: Map<string, string>): BlobStore =>
  ({
    bucket: 'texts',
    get: async (key: string) => {
      const text = texts.get(key);
      return text === undefined ? undefined : { bytes: new TextEncoder().encode(text) };
    },
  }) as unknown as BlobStore;

const digest = (id: string, name: string, quoteCount: number): SpeakerDigest => ({ id, name, quoteCount, quotes: [{ start: 10, end: 32, text: TEXT.slice(10, 32) }], digest: 'engines weave algebra' });
const quotesBy = (speakers: SpeakerDigest[]): SaveResult['quotes'] =>
  speakers
    .flatMap((s) => Array.from({ length: s.quoteCount }, () => s))
    .map((s, index) => ({ index, kind: 'direct', start: 10, end: 32, text: TEXT.slice(10, 32), speaker: { id: s.id, name: s.name }, cue: { start: 4, end: 8, text: 'said' }, source: { start: 0, end: 3, text: 'Ada' }, confidence: 0.9 }));

const run = (runId: string, startedAt: string, extra: Partial<BatchRunRecord> = {}): BatchRunRecord => ({
  runId, status: 'FINISHED', startedAt, finishedAt: startedAt, dryRun: false, kinds: ['failed', 'outdated'], limit: 100, pipelineVersion: VERSION,
  counts: { considered: 3, started: 2, succeeded: 2, failed: 0, removed: 0, skipped: 1 }, skippedReasons: { 'claimed-by-another-run': 1 }, ...extra,
});

describe('the read API on DynamoDB Local', () => {
  const clock = new TestClock();
  const texts = new Map<string, string>();
  let deps: ReadDeps;
  let articles: DynamoArticleStore;
  let failedAt = '';

  const get = async (path: string, query: Record<string, string> = {}, headers: Record<string, string> = {}) => {
    const errors: unknown[] = [];
    const response = await routeRead(deps, { method: 'GET', path, query, headers }, (error) => errors.push(error));
    if (errors.length > 0) throw errors[0];
    return response;
  };
  const json = (response: HttpResponse) => JSON.parse(response.body) as Record<string, unknown> & { items: Record<string, unknown>[]; cursor: string | null };

  const save = async (n: number, ...speakers: SpeakerDigest[]) => {
    clock.tick();
    const { runId } = await articles.startProcessing({ id: idOf(n), title: `Article ${n}`, source: { bucket: 'b', key: `incoming/a${n}.txt`, size: 100 + n }, pipelineVersion: VERSION });
    clock.tick();
    const summary = { sentences: [{ start: 0, end: 33, text: TEXT.slice(0, 33) }], keyPoints: [{ start: 34, end: 68, text: TEXT.slice(34, 68) }], speakers };
    const stats = { characters: TEXT.length, paragraphs: 1, sentences: 2, quotes: speakers.length, speakers: speakers.length };
    await articles.saveResult({ id: idOf(n), runId, title: `Article ${n}`, pipelineVersion: VERSION, summary, stats, quotes: quotesBy(speakers) });
    texts.set(`articles/${idOf(n)}/text.txt`, TEXT);
  };

  /** Follows cursors to the end; every page must respect the limit. */
  const readAll = async (path: string, query: Record<string, string>, limit: number) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await get(path, { ...query, limit: String(limit), ...(cursor ? { cursor } : {}) });
      expect(response.status).toBe(200);
      const page = json(response);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      ids.push(...page.items.map((item) => String(item.id ?? `${String(item.articleId)}#${String(item.index)}`)));
      cursor = page.cursor;
      pages += 1;
    } while (cursor && pages < 100);
    return { ids, pages };
  };

  beforeAll(async () => {
    const client = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const tableName = `read-api-test-${Date.now()}`;
    await provisionTable(client, tableName);
    articles = new DynamoArticleStore({ tableName, client, now: clock.now });
    const batches = new DynamoBatchRunStore({ tableName, client });
    deps = { articles, batches, blobs: textsIn(texts) };
    for (let n = 1; n <= 23; n++) {
      const speakers = [digest('ada-lovelace', 'Ada Lovelace', 1)];
      if (n % 2 === 0) speakers.push(digest('alan-turing', 'Alan Turing', 2));
      if (n % 5 === 0) speakers.push(digest(`speaker-${n}`, `Speaker ${n}`, 1));
      await save(n, ...speakers);
    }
    clock.tick(60);
    failedAt = clock.now().toISOString();
    clock.tick();
    await articles.markFailed(idOf(100), { bucket: 'b', key: 'incoming/bad.bin', size: 9 }, { code: 'binary', message: 'the file is binary', retryable: false }, VERSION);
    for (let n = 1; n <= 7; n++) await batches.putRun(run(`run-${n}`, `2026-02-0${Math.min(n, 9)}T01:00:00.000Z`, n === 7 ? { status: 'RUNNING', finishedAt: undefined } : {}));
  });

  it('pages through articles newest first with no duplicates and no gaps', async () => {
    const { ids, pages } = await readAll('/articles', {}, 5);
    expect(pages).toBe(5);
    expect(ids).toEqual([idOf(100), ...Array.from({ length: 23 }, (_, i) => idOf(23 - i))]);
  });

  it('filters by status, and by creation time given in any offset', async () => {
    expect((await readAll('/articles', { status: 'FAILED' }, 10)).ids).toEqual([idOf(100)]);
    expect((await readAll('/articles', { status: 'SUMMARIZED' }, 7)).ids).toHaveLength(23);
    expect((await readAll('/articles', { since: failedAt }, 10)).ids).toEqual([idOf(100)]);
    const sameInstantInParis = new Date(Date.parse(failedAt)).toISOString().replace(/T(\d\d)/, (_, hour: string) => `T${String(Number(hour) + 1).padStart(2, '0')}`).replace('Z', '+01:00');
    expect((await readAll('/articles', { since: sameInstantInParis }, 10)).ids).toEqual([idOf(100)]);
    expect((await readAll('/articles', { since: '2030-01-01' }, 10)).ids).toEqual([]);
  });

  it('refuses a tampered cursor, and a cursor from another listing or filter, with a 400 naming cursor', async () => {
    const first = json(await get('/articles', { limit: '2' }));
    const [body = '', signature = ''] = (first.cursor ?? '').split('.');
    const forged = `${Buffer.from(JSON.stringify({ pk: 'ARTICLE#x', sk: 'META', gsi2pk: 'ARTICLES', gsi2sk: 'z' })).toString('base64url')}.${signature}`;
    const speakerCursor = json(await get('/speakers', { limit: '1' })).cursor ?? '';
    for (const [path, query] of [
      ['/articles', { cursor: forged }],
      ['/articles', { cursor: `${body}.${signature}`, status: 'FAILED' }],
      ['/articles', { cursor: speakerCursor }],
      ['/speakers/ada-lovelace/quotes', { cursor: first.cursor ?? '' }],
      ['/batches', { cursor: first.cursor ?? '' }],
    ] as const) {
      const response = await get(path, query);
      expect(response.status, `${path} ${JSON.stringify(query)}`).toBe(400);
      expect(json(response)).toMatchObject({ parameter: 'cursor' });
    }
  });

  it('shows one article with its summary, speakers and, on request, its text', async () => {
    const response = await get(`/articles/${idOf(10)}`);
    expect(response.headers['content-type']).toBe('application/json');
    const article = json(response);
    expect(article).toMatchObject({
      id: idOf(10), title: 'Article 10', status: 'SUMMARIZED', source: { bucket: 'b', key: 'incoming/a10.txt', size: 110 }, pipelineVersion: VERSION,
      summary: { sentences: [{ start: 0, end: 33 }], keyPoints: [{ start: 34, end: 68 }] },
      speakers: [{ id: 'ada-lovelace', quoteCount: 1 }, { id: 'alan-turing', quoteCount: 2 }, { id: 'speaker-10', quoteCount: 1 }],
    });
    expect(article).not.toHaveProperty('text');
    expect(article).not.toHaveProperty('runId');
    const withText = json(await get(`/articles/${idOf(10)}`, { include: 'text' }));
    expect(withText.text).toBe(TEXT);
    const failed = json(await get(`/articles/${idOf(100)}`, { include: 'text' }));
    expect(failed).toMatchObject({ status: 'FAILED', error: { code: 'binary', message: 'the file is binary' }, summary: null, speakers: [], text: null });
  });

  it('lists an article’s quotes with kind, speaker, cue, offsets and confidence', async () => {
    const quotes = json(await get(`/articles/${idOf(4)}/quotes`));
    expect(quotes.items).toHaveLength(3);
    expect(quotes.items[0]).toMatchObject({ articleId: idOf(4), kind: 'direct', start: 10, end: 32, speaker: { id: 'ada-lovelace' }, cue: { text: 'said' }, confidence: 0.9 });
  });

  it('answers 404 for an article or batch run it does not have', async () => {
    for (const path of [`/articles/${idOf(999)}`, `/articles/${idOf(999)}/quotes`, '/batches/run-999']) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(json(response)).toMatchObject({ status: 404, title: 'Not Found' });
    }
  });

  it('lists speakers with counts across articles, by prefix typed as a name', async () => {
    const all = await readAll('/speakers', {}, 2);
    expect(all.ids).toEqual(['ada-lovelace', 'alan-turing', 'speaker-10', 'speaker-15', 'speaker-20', 'speaker-5']);
    const adas = json(await get('/speakers', { prefix: 'Ada Love' }));
    expect(adas.items).toEqual([{ id: 'ada-lovelace', name: 'Ada Lovelace', quoteCount: 23, articleCount: 23 }]);
    expect(json(await get('/speakers', { prefix: 'alan' })).items).toEqual([{ id: 'alan-turing', name: 'Alan Turing', quoteCount: 22, articleCount: 11 }]);
  });

  it('pages through one speaker’s quotes across articles, newest first, from the speaker index', async () => {
    const { ids } = await readAll('/speakers/alan-turing/quotes', {}, 4);
    expect(ids).toHaveLength(22);
    expect(new Set(ids).size).toBe(22);
    const articleOrder = [...new Set(ids.map((id) => id.split('#')[0]))];
    expect(articleOrder).toEqual([22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2].map(idOf));
    expect(json(await get('/speakers/nobody-at-all/quotes')).items).toEqual([]);
  });

  it('lists batch runs newest first and shows one', async () => {
    const { ids } = await readAll('/batches', {}, 3);
    expect(ids).toHaveLength(7);
    const runs = json(await get('/batches', { limit: '100' })).items.map((r) => r.runId);
    expect(runs).toEqual(['run-7', 'run-6', 'run-5', 'run-4', 'run-3', 'run-2', 'run-1']);
    expect(json(await get('/batches/run-7'))).toMatchObject({ runId: 'run-7', status: 'RUNNING', counts: { started: 2 }, skippedReasons: { 'claimed-by-another-run': 1 } });
  });

  it('tags article answers and answers a current tag with 304', async () => {
    for (const [path, cacheControl] of [
      [`/articles/${idOf(3)}`, 'private, max-age=30, must-revalidate'],
      [`/articles/${idOf(3)}/quotes`, 'private, max-age=30, must-revalidate'],
      ['/articles', 'private, no-cache'],
    ] as const) {
      const first = await get(path);
      expect(first.headers['cache-control']).toBe(cacheControl);
      const tag = first.headers.etag ?? '';
      expect(tag).not.toBe('');
      const again = await get(path, {}, { 'if-none-match': tag });
      expect(again.status).toBe(304);
      expect(again.body).toBe('');
    }
    const plain = await get(`/articles/${idOf(3)}`);
    const withText = await get(`/articles/${idOf(3)}`, { include: 'text' });
    expect(withText.headers.etag).not.toBe(plain.headers.etag);
  });

  it('answers every route as its OpenAPI document says', async () => {
    const document = buildOpenApiDocument(READ_ROUTES);
    const served = JSON.parse((await get('/openapi.json')).body) as typeof document;
    expect(served).toEqual(JSON.parse(JSON.stringify(document)));
    const components = served.components.schemas as Record<string, Record<string, unknown>>;
    const examples: Record<string, string> = { id: idOf(10), speakerId: 'alan-turing', runId: 'run-3' };
    const extraQueries: Record<string, Record<string, string>[]> = {
      '/articles': [{ status: 'FAILED' }, { limit: '3' }],
      '/articles/{id}': [{ include: 'text' }],
      '/speakers': [{ prefix: 'a' }],
    };
    let checked = 0;
    for (const [template, item] of Object.entries(served.paths)) {
      const path = template.replace(/\{(\w+)\}/g, (_, name: string) => examples[name] ?? '');
      for (const query of [{}, ...(extraQueries[template] ?? [])]) {
        const response = await get(path, query);
        const documented = item.get.responses[String(response.status) as '200'];
        expect(documented, `${path} answered ${response.status}, which is not documented`).toBeDefined();
        const [contentType, media] = Object.entries(documented.content)[0] ?? [];
        expect(response.headers['content-type']?.split(';')[0]).toBe(contentType);
        const value = contentType?.endsWith('json') ? JSON.parse(response.body) : response.body;
        expect(checkJsonSchema(value, media?.schema as Record<string, unknown>, components), `${path} ${JSON.stringify(query)}`).toEqual([]);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(READ_ROUTES.length);
    // The problem answers too.
    const problem = await get('/articles', { limit: '0' });
    expect(checkJsonSchema(JSON.parse(problem.body), { $ref: '#/components/schemas/Problem' }, components)).toEqual([]);
  });
});
