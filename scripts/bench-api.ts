/**
 * Latency of every read route on the local stack with 1,000 stored articles: p50 and p99 over
 * loopback HTTP, printed as a markdown table. Run: `npx tsx scripts/bench-api.ts [requests per route]`.
 * Not part of `npm test`: it starts its own DynamoDB Local and takes about a minute.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startLocalStack } from '../shared/local/local-stack';
import { DynamoArticleStore } from '../shared/store/dynamo/dynamo-article-store';
import { DynamoBatchRunStore } from '../shared/store/dynamo/dynamo-batch-run-store';

const ARTICLES = 1000;
const REQUESTS = Number(process.argv[2] ?? 200);
const TARGET_P99_MS = 20;
const example = join(import.meta.dirname, '..', 'examples', 'alaska-summit.txt');
const idOf = (n: number) => `be${n.toString(16).padStart(30, '0')}`;

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;

async function main(): Promise<void> {
  const workDir = mkdtempSync(join(tmpdir(), 'precis-bench-api-'));
  const stack = await startLocalStack({ dataDir: join(workDir, '.precis'), inboxDir: join(workDir, 'inbox'), port: 0, exampleArticle: example });
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await stack.idle();
    const client = new DynamoDBClient({});
    const articles = new DynamoArticleStore({ tableName: stack.tableName, client });
    const listing = await articles.listArticles({ limit: 1 });
    const real = listing.items[0] && (await articles.getArticle(listing.items[0].id));
    if (!real?.summary) throw new Error('the example article was not summarized');
    const quotes = (await articles.listQuotes(real.id)).map(({ articleId: _a, createdAt: _c, ...quote }) => quote);

    // 999 copies of the example under other ids: realistic article items. The copies keep three
    // quotes each so that loading takes about a minute; the measured article has all of its own.
    process.stderr.write(`storing ${ARTICLES} articles…\n`);
    const copies = Array.from({ length: ARTICLES - 1 }, (_, i) => idOf(i));
    for (let i = 0; i < copies.length; i += 8) {
      await Promise.all(
        copies.slice(i, i + 8).map(async (id) => {
          const source = { bucket: stack.bucket, key: `incoming/${id}.txt`, size: real.source.size ?? 0 };
          const { runId } = await articles.startProcessing({ id, title: real.title, source, pipelineVersion: real.pipelineVersion });
          await articles.saveResult({ id, runId, title: real.title, pipelineVersion: real.pipelineVersion, summary: real.summary!, stats: real.stats!, quotes: quotes.slice(0, 3) });
        }),
      );
    }
    const batches = new DynamoBatchRunStore({ tableName: stack.tableName, client });
    for (let n = 0; n < 20; n++) {
      const startedAt = new Date(Date.UTC(2026, 0, 1, n)).toISOString();
      await batches.putRun({ runId: `bench-${n}`, status: 'FINISHED', startedAt, finishedAt: startedAt, dryRun: false, kinds: ['outdated'], limit: 100, pipelineVersion: real.pipelineVersion, counts: { considered: 0, started: 0, succeeded: 0, failed: 0, removed: 0, skipped: 0 }, skippedReasons: {} });
    }
    const speaker = real.summary.speakers[0]?.id ?? 'vladimir-putin';
    const article = real.id;
    const routes: readonly (readonly [string, string])[] = [
      ['GET /health', '/health'],
      ['GET /articles?limit=20', '/articles?limit=20'],
      ['GET /articles?limit=100', '/articles?limit=100'],
      ['GET /articles/{id}', `/articles/${article}`],
      ['GET /articles/{id}?include=text', `/articles/${real.id}?include=text`],
      ['GET /articles/{id}/quotes', `/articles/${article}/quotes`],
      ['GET /speakers', '/speakers'],
      ['GET /speakers/{id}/quotes?limit=20', `/speakers/${speaker}/quotes?limit=20`],
      ['GET /batches', '/batches'],
      ['GET /batches/{runId}', '/batches/bench-3'],
      ['GET /openapi.json', '/openapi.json'],
      ['GET /', '/'],
    ];
    const rows: string[] = [];
    for (const [name, path] of routes) {
      // Warm-up: the first request pays for client set-up and JIT, which a warm Lambda does not.
      for (let i = 0; i < 10; i++) await (await fetch(`${stack.apiUrl}${path}`)).arrayBuffer();
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < REQUESTS; i++) {
        const started = performance.now();
        const response = await fetch(`${stack.apiUrl}${path}`);
        const body = await response.arrayBuffer();
        times.push(performance.now() - started);
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        bytes = body.byteLength;
      }
      times.sort((a, b) => a - b);
      rows.push(`| ${name} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 99).toFixed(1)} | ${bytes} |`);
    }
    client.destroy();
    console.log(`Read API on the local stack (DynamoDB Local, loopback), ${ARTICLES} articles, ${REQUESTS} sequential requests per route; target p99 ≤ ${TARGET_P99_MS} ms for an article.\n`);
    console.log('| route | p50 ms | p99 ms | bytes |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const row of rows) console.log(row);
  } finally {
    await stack.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
