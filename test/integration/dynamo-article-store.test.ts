import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../shared/local/local-credentials';
import { provisionTable } from '../../shared/local/provision-table';
import type { SpeakerDigest, Summary } from '../../shared/nlp/types';
import { DynamoArticleStore } from '../../shared/store/dynamo/dynamo-article-store';
import type { SaveResult } from '../../shared/store/ports';
import { InvalidCursorError } from '../../shared/store/store-error';

const VERSION = '0.1.0+nlp.1';
const idOf = (n: number) => n.toString(16).padStart(32, '0');
const source = (key: string) => ({ bucket: 'b', key: `incoming/${key}` });

/** A clock the test moves, so listing order and leases are exact. */
class TestClock {
  private ms = Date.parse('2026-01-01T00:00:00Z');
  now = () => new Date(this.ms);
  tick(seconds = 1) {
    this.ms += seconds * 1000;
  }
}

const speaker = (id: string, name: string, quoteCount: number): SpeakerDigest => ({ id, name, quoteCount, quotes: [], digest: '' });
const summaryWith = (...speakers: SpeakerDigest[]): Summary => ({ sentences: [], keyPoints: [], speakers });
const quotesFor = (speakers: SpeakerDigest[]): SaveResult['quotes'] =>
  speakers.flatMap((s) => Array.from({ length: s.quoteCount }, () => s)).map((s, index) => ({ index, kind: 'direct', start: index, end: index + 1, text: 'x', speaker: { id: s.id, name: s.name }, cue: null, source: null, confidence: 0.9 }));
const stats = { characters: 1, paragraphs: 1, sentences: 1, quotes: 0, speakers: 0 };

describe('DynamoArticleStore on DynamoDB Local', () => {
  let store: DynamoArticleStore;
  let documents: DynamoDBDocumentClient;
  let table: string;
  const clock = new TestClock();

  const process = async (n: number, key: string, ...speakers: SpeakerDigest[]) => {
    clock.tick();
    const { runId } = await store.startProcessing({ id: idOf(n), title: `t${n}`, source: source(key), pipelineVersion: VERSION });
    clock.tick();
    const saved = await store.saveResult({ id: idOf(n), runId, title: `t${n}`, pipelineVersion: VERSION, summary: summaryWith(...speakers), stats, quotes: quotesFor(speakers) });
    return { runId, saved };
  };

  beforeAll(async () => {
    const client = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    const tableName = `store-test-${Date.now()}`;
    await provisionTable(client, tableName);
    store = new DynamoArticleStore({ tableName, client, now: clock.now });
    documents = DynamoDBDocumentClient.from(client);
    table = tableName;
  });

  /** Every quote of a speaker, page by page. */
  const speakerQuotes = async (speakerId: string, limit: number) => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await store.listSpeakerQuotes(speakerId, { limit, cursor });
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items.map((q) => `${q.articleId.slice(-3)}#${q.index}`));
      cursor = page.cursor;
      pages++;
    } while (cursor && pages < 100);
    return seen;
  };

  it('pages through articles newest first with no duplicates and no gaps', async () => {
    for (let n = 1; n <= 23; n++) await process(n, `a${n}.txt`);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listArticles({ limit: 5, cursor });
      expect(page.items.length).toBeLessThanOrEqual(5);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => idOf(23 - i)));
  });

  it('filters by status and by creation time', async () => {
    const failedAt = clock.now().toISOString();
    clock.tick();
    await store.markFailed(idOf(100), source('bad.txt'), { code: 'binary', message: 'binary', retryable: false }, VERSION);
    const failed = await store.listArticles({ limit: 50, status: 'FAILED' });
    expect(failed.items.map((a) => a.id)).toEqual([idOf(100)]);
    const recent = await store.listArticles({ limit: 50, since: failedAt });
    expect(recent.items.map((a) => a.id)).toEqual([idOf(100)]);
  });

  it('refuses a forged, edited or foreign cursor', async () => {
    const page = await store.listArticles({ limit: 2 });
    expect(page.cursor).toBeDefined();
    const [body, signature] = (page.cursor ?? '').split('.');
    const edited = `${Buffer.from(JSON.stringify({ pk: 'ARTICLE#x', sk: 'META', gsi2pk: 'ARTICLES', gsi2sk: 'z' })).toString('base64url')}.${signature}`;
    await expect(store.listArticles({ limit: 2, cursor: edited })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(store.listArticles({ limit: 2, cursor: 'garbage' })).rejects.toBeInstanceOf(InvalidCursorError);
    await expect(store.listArticles({ limit: 2, cursor: `${body}.${signature}`, status: 'FAILED' })).rejects.toBeInstanceOf(InvalidCursorError);
  });

  it('keeps speaker counts right across articles, re-processing and deletion', async () => {
    await process(200, 's1.txt', speaker('ada-lovelace', 'Ada Lovelace', 3), speaker('alan-turing', 'Alan Turing', 1));
    await process(201, 's2.txt', speaker('ada-lovelace', 'Ada Lovelace', 2));
    await process(200, 's1.txt', speaker('ada-lovelace', 'Ada Lovelace', 1));
    const speakers = await store.listSpeakers({ limit: 10, prefix: 'a' });
    expect(speakers.items.map(({ id, quoteCount, articleCount }) => ({ id, quoteCount, articleCount }))).toEqual([{ id: 'ada-lovelace', quoteCount: 3, articleCount: 2 }]);
    expect(await store.listQuotes(idOf(200))).toHaveLength(1);
    const byAda = await store.listSpeakerQuotes('ada-lovelace', { limit: 10 });
    expect(byAda.items).toHaveLength(3);
    expect(await store.removeSource(source('s2.txt'))).toEqual({ articleId: idOf(201), articleDeleted: true });
    const after = await store.listSpeakers({ limit: 10, prefix: 'ada' });
    expect(after.items.map(({ quoteCount, articleCount }) => ({ quoteCount, articleCount }))).toEqual([{ quoteCount: 1, articleCount: 1 }]);
    expect(await store.getArticle(idOf(201))).toBeUndefined();
    expect(await store.listQuotes(idOf(201))).toEqual([]);
  });

  it('takes back the counts of the summary a run flipped in while the article was being deleted', async () => {
    await process(700, 'race.txt', speaker('first-take', 'First Take', 2));
    clock.tick();
    const { runId } = await store.startProcessing({ id: idOf(700), title: 't700', source: source('race.txt'), pipelineVersion: VERSION });
    // A store of its own (no hook) saves the run's result just before the delete's transaction.
    const racingStore = new DynamoArticleStore({ tableName: table, client: new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS }), now: clock.now });
    const hooked = new DynamoDBClient({ endpoint: inject('dynamoEndpoint'), region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    let flipped = false;
    hooked.middlewareStack.add(
      (next, context) => async (args) => {
        if (context.commandName === 'TransactWriteItemsCommand' && !flipped) {
          flipped = true;
          const second = speaker('second-take', 'Second Take', 3);
          expect(await racingStore.saveResult({ id: idOf(700), runId, title: 't700', pipelineVersion: VERSION, summary: summaryWith(second), stats, quotes: quotesFor([second]) })).toBe('saved');
        }
        return next(args);
      },
      { step: 'initialize', name: 'flipBeforeTransaction' },
    );
    const deleting = new DynamoArticleStore({ tableName: table, client: hooked, now: clock.now });
    expect(await deleting.removeSource(source('race.txt'))).toEqual({ articleId: idOf(700), articleDeleted: true });
    expect(flipped).toBe(true);
    expect(await store.getArticle(idOf(700))).toBeUndefined();
    // Neither the summary the delete first read nor the one flipped in leaves a count behind.
    expect((await store.listSpeakers({ limit: 10, prefix: 'first-take' })).items).toEqual([]);
    expect((await store.listSpeakers({ limit: 10, prefix: 'second-take' })).items).toEqual([]);
  });

  it('pages through a speaker’s quotes newest first when pages end inside an article’s group', async () => {
    await process(600, 'g1.txt', speaker('grace-hopper', 'Grace Hopper', 3), speaker('other', 'Other', 1));
    await process(601, 'g2.txt', speaker('grace-hopper', 'Grace Hopper', 2));
    await process(602, 'g3.txt', speaker('other', 'Other', 2), speaker('grace-hopper', 'Grace Hopper', 4));
    const expected = ['25a#5', '25a#4', '25a#3', '25a#2', '259#1', '259#0', '258#2', '258#1', '258#0'];
    for (const limit of [1, 2, 3, 4, 9, 10]) expect(await speakerQuotes('grace-hopper', limit), `limit ${limit}`).toEqual(expected);
    expect((await store.listQuotes(idOf(602))).map((q) => [q.index, q.speaker?.id])).toEqual([[0, 'other'], [1, 'other'], [2, 'grace-hopper'], [3, 'grace-hopper'], [4, 'grace-hopper'], [5, 'grace-hopper']]);
    const [first] = (await store.listSpeakerQuotes('grace-hopper', { limit: 1 })).items;
    expect(first).toEqual({ articleId: idOf(602), createdAt: expect.any(String), index: 5, kind: 'direct', start: 5, end: 6, text: 'x', speaker: { id: 'grace-hopper', name: 'Grace Hopper' }, cue: null, source: null, confidence: 0.9 });
  });

  it('splits a speaker’s long quotes over several items and serves them whole and in order', async () => {
    const long = Array.from({ length: 40 }, (_, index) => ({ index, kind: 'direct' as const, start: index, end: index + 1, text: `${index} ${'y'.repeat(4000)}`, speaker: { id: 'verbose', name: 'Verbose' }, cue: null, source: null, confidence: 0.5 }));
    const unattributed = { index: 40, kind: 'direct' as const, start: 40, end: 41, text: 'anon', speaker: null, cue: null, source: null, confidence: 0.1 };
    clock.tick();
    const { runId } = await store.startProcessing({ id: idOf(610), title: 'long', source: source('long.txt'), pipelineVersion: VERSION });
    expect(await store.saveResult({ id: idOf(610), runId, title: 'long', pipelineVersion: VERSION, summary: summaryWith(speaker('verbose', 'Verbose', 40)), stats, quotes: [...long, unattributed] })).toBe('saved');
    const quotes = await store.listQuotes(idOf(610));
    expect(quotes.map((q) => q.index)).toEqual(Array.from({ length: 41 }, (_, i) => i));
    expect(quotes[7]?.text).toBe(long[7]?.text);
    expect(await speakerQuotes('verbose', 7)).toEqual(Array.from({ length: 40 }, (_, i) => `262#${39 - i}`));
  });

  it('reads quotes stored one per item and a summary stored as a map, as before groups and packing', async () => {
    const { runId } = await process(620, 'legacy.txt', speaker('old-timer', 'Old Timer', 2));
    const summary = summaryWith(speaker('old-timer', 'Old Timer', 2));
    await documents.send(new UpdateCommand({ TableName: table, Key: { pk: `ARTICLE#${idOf(620)}`, sk: 'META' }, UpdateExpression: 'SET summary = :summary', ExpressionAttributeValues: { ':summary': summary } }));
    expect((await store.getArticle(idOf(620)))?.summary).toEqual(summary);
    const createdAt = (await store.getArticle(idOf(620)))?.createdAt ?? '';
    // Beside the group of this run's two quotes, two more as items written before groups.
    for (const index of [2, 3]) {
      const quote = { index, kind: 'direct', start: index, end: index + 1, text: `old ${index}`, speaker: { id: 'old-timer', name: 'Old Timer' }, cue: null, source: null, confidence: 0.7 };
      const n = String(index).padStart(4, '0');
      await documents.send(new PutCommand({ TableName: table, Item: { pk: `ARTICLE#${idOf(620)}`, sk: `QUOTE#${runId}#${n}`, gsi1pk: 'SPEAKER#old-timer', gsi1sk: `${createdAt}#${idOf(620)}#${n}`, ...quote, articleId: idOf(620), createdAt } }));
    }
    expect((await store.listQuotes(idOf(620))).map((q) => [q.index, q.text, q.articleId])).toEqual([[0, 'x', idOf(620)], [1, 'x', idOf(620)], [2, 'old 2', idOf(620)], [3, 'old 3', idOf(620)]]);
    expect(await speakerQuotes('old-timer', 1)).toEqual(['26c#3', '26c#2', '26c#1', '26c#0']);
    // Its delete takes its counts back from the map.
    expect(await store.removeSource(source('legacy.txt'))).toEqual({ articleId: idOf(620), articleDeleted: true });
    expect((await store.listSpeakers({ limit: 10, prefix: 'old-timer' })).items).toEqual([]);
  });

  it('counts a save once when its run retries it', async () => {
    clock.tick();
    const { runId } = await store.startProcessing({ id: idOf(630), title: 'r', source: source('retry.txt'), pipelineVersion: VERSION });
    const result = { id: idOf(630), runId, title: 'r', pipelineVersion: VERSION, summary: summaryWith(speaker('retry-once', 'Retry Once', 2)), stats, quotes: quotesFor([speaker('retry-once', 'Retry Once', 2)]) };
    expect(await store.saveResult(result)).toBe('saved');
    expect(await store.saveResult(result)).toBe('saved');
    expect((await store.listSpeakers({ limit: 10, prefix: 'retry-once' })).items).toEqual([{ id: 'retry-once', name: 'Retry Once', quoteCount: 2, articleCount: 1 }]);
    expect(await store.listQuotes(idOf(630))).toHaveLength(2);
  });

  it('drops the result of a run that a newer run of the same article overtook', async () => {
    clock.tick();
    const first = await store.startProcessing({ id: idOf(300), title: 'x', source: source('x1.txt'), pipelineVersion: VERSION });
    clock.tick();
    const second = await store.startProcessing({ id: idOf(300), title: 'x', source: source('x2.txt'), pipelineVersion: VERSION });
    const late = await store.saveResult({ id: idOf(300), runId: first.runId, title: 'x', pipelineVersion: VERSION, summary: summaryWith(speaker('late', 'Late', 1)), stats, quotes: quotesFor([speaker('late', 'Late', 1)]) });
    expect(late).toBe('stale');
    expect(await store.markFailed(idOf(300), source('x1.txt'), { code: 'Timeout', message: 't', retryable: true }, VERSION, first.runId)).toBe('stale');
    expect(await store.saveResult({ id: idOf(300), runId: second.runId, title: 'x', pipelineVersion: VERSION, summary: summaryWith(), stats, quotes: [] })).toBe('saved');
    expect((await store.getArticle(idOf(300)))?.status).toBe('SUMMARIZED');
    expect((await store.listSpeakers({ limit: 10, prefix: 'late' })).items).toEqual([]);
  });

  it('lists SOURCE records under a prefix in S3 key order (UTF-8 bytes), and forgets removed ones', async () => {
    // '\uFF01' sorts after '\u{1F600}' in UTF-16 code units but before it in UTF-8 bytes.
    const keys = ['listed/\u{1F600}.txt', 'listed/\uFF01.txt', 'listed/b.txt', 'listed/a.txt', 'listed/a/b.txt'];
    for (const [n, key] of keys.entries()) await process(200 + n, key);
    await store.removeSource(source('listed/b.txt'));
    const listed: { key: string; articleId: string }[] = [];
    for await (const pointer of store.listSources('b', 'incoming/listed/')) listed.push(pointer);
    const expected = ['listed/a.txt', 'listed/a/b.txt', 'listed/\uFF01.txt', 'listed/\u{1F600}.txt'];
    expect(listed.map((pointer) => pointer.key)).toEqual(expected.map((key) => `incoming/${key}`));
    expect(listed[0]?.articleId).toBe(idOf(203));
  });

  it('keeps an article while another upload still holds its content', async () => {
    await process(400, 'dup-a.txt');
    await process(400, 'dup-b.txt');
    expect((await store.getArticle(idOf(400)))?.sources).toEqual(['b/incoming/dup-a.txt', 'b/incoming/dup-b.txt']);
    expect(await store.removeSource(source('dup-a.txt'))).toEqual({ articleId: idOf(400), articleDeleted: false });
    expect(await store.removeSource(source('dup-b.txt'))).toEqual({ articleId: idOf(400), articleDeleted: true });
    expect(await store.removeSource(source('never-seen.txt'))).toBeUndefined();
  });

  it('finds batch work from the status index and lets only one run claim an article', async () => {
    clock.tick();
    await store.markFailed(idOf(500), source('flaky.txt'), { code: 'ThrottlingException', message: 'slow down', retryable: true }, VERSION);
    clock.tick(60);
    const failed = await store.findWork({ kind: 'failed', before: clock.now().toISOString(), limit: 10 });
    expect(failed.items.map((a) => a.id)).toEqual([idOf(500)]);
    const outdated = await store.findWork({ kind: 'outdated', before: '0.1.0+nlp.2', limit: 100 });
    expect(outdated.items.length).toBeGreaterThan(20);
    expect((await store.findWork({ kind: 'outdated', before: VERSION, limit: 100 })).items).toEqual([]);
    const article = failed.items[0];
    if (!article) throw new Error('no work found');
    const expected = { status: article.status, updatedAt: article.updatedAt };
    const claims = await Promise.all([store.claimForRerun(article.id, expected, 60_000), store.claimForRerun(article.id, expected, 60_000)]);
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect((await store.getArticle(article.id))?.status).toBe('PENDING');
    expect((await store.findWork({ kind: 'failed', before: clock.now().toISOString(), limit: 10 })).items).toEqual([]);
  });
});
