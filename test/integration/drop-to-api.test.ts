import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type LocalStack, startLocalStack } from '../../shared/local/local-stack';
import type { RunOutcome } from '../../shared/local/local-state-machine';

const fixtures = join(import.meta.dirname, '..', 'fixtures');
const example = join(import.meta.dirname, '..', '..', 'examples', 'alaska-summit.txt');

describe('a file dropped in the inbox ends up in the read API', () => {
  let stack: LocalStack;
  let workDir: string;
  const outcomes = new Map<string, RunOutcome>();

  const drop = async (source: string, name: string) => {
    copyFileSync(source, join(workDir, 'inbox', name));
    const deadline = Date.now() + 20_000;
    while (!outcomes.has(name) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    await stack.idle();
    const outcome = outcomes.get(name);
    if (!outcome) throw new Error(`${name} was never processed`);
    return outcome;
  };
  const get = async (path: string) => {
    const response = await fetch(`${stack.apiUrl}${path}`);
    return { status: response.status, type: response.headers.get('content-type'), body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    workDir = mkdtempSync(join(tmpdir(), 'precis-e2e-'));
    stack = await startLocalStack({
      dataDir: join(workDir, '.precis'),
      inboxDir: join(workDir, 'inbox'),
      port: 0,
      dynamoEndpoint: inject('dynamoEndpoint'),
      tableName: `precis-e2e-${process.pid}`,
      onProcessed: (name, outcome) => outcomes.set(name, outcome),
    });
  });

  afterAll(async () => {
    await stack?.stop();
    rmSync(workDir, { recursive: true, force: true });
  });

  it('summarizes the example article and serves it, its quotes and the listing', async () => {
    const outcome = await drop(example, 'alaska-summit.txt');
    expect(outcome.status).toBe('SUMMARIZED');

    const article = await get(`/articles/${outcome.articleId}`);
    expect(article.status).toBe(200);
    expect(article.body).toMatchObject({ id: outcome.articleId, status: 'SUMMARIZED', source: { key: 'incoming/alaska-summit.txt' } });
    const summary = article.body.summary as { sentences: { text: string }[] };
    expect(summary.sentences.length).toBeGreaterThan(0);
    expect(summary.sentences.map((s) => s.text).join(' ')).toMatch(/Putin/);

    const quotes = await get(`/articles/${outcome.articleId}/quotes`);
    const items = quotes.body.items as { text: string; start: number; end: number }[];
    expect(items.length).toBeGreaterThan(5);
    expect(items.some((q) => q.text.includes('constructive and useful'))).toBe(true);

    const listing = await get('/articles');
    expect((listing.body.items as { id: string }[]).map((a) => a.id)).toContain(outcome.articleId);
  });

  it('records the same content uploaded under a second name as one article', async () => {
    const first = await drop(example, 'alaska-again.txt');
    const listing = await get('/articles?limit=100');
    const ids = (listing.body.items as { id: string }[]).map((a) => a.id);
    expect(ids.filter((id) => id === first.articleId)).toHaveLength(1);
  });

  it.each([
    ['archive.txt', 'binary'],
    ['blank.md', 'empty'],
    ['latin1.txt', 'not-utf8'],
  ])('marks %s FAILED with code %s', async (name, code) => {
    const outcome = await drop(join(fixtures, 'bad-input', name), name);
    expect(outcome.status).toBe('FAILED');
    const article = await get(`/articles/${outcome.articleId}`);
    expect(article.body).toMatchObject({ status: 'FAILED', error: { code, retryable: false } });
  });

  it('answers unknown articles and routes with problem+json', async () => {
    const missing = await get('/articles/0123456789abcdef0123456789abcdef');
    expect(missing.status).toBe(404);
    expect(missing.type).toBe('application/problem+json');
    expect(missing.body).toMatchObject({ status: 404, title: 'Not Found' });
    expect((await get('/nowhere')).status).toBe(404);
  });

  it('refuses a cursor it did not issue with a 400 naming the parameter', async () => {
    const bad = await get('/articles?cursor=not-a-cursor');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ parameter: 'cursor' });
    const badLimit = await get('/articles?limit=0');
    expect(badLimit.status).toBe(400);
    expect(badLimit.body).toMatchObject({ parameter: 'limit' });
  });
});
