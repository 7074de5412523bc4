// Runs the real pipeline stages (shared/pipeline/stages.ts) on every article, with the real
// DynamoDB article store over a metering stand-in and counting S3 and EventBridge ports: what one
// article costs in requests, capacity units and CPU time per stage. Prints one JSON line.
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { runAttribute, runSegment, runSummarize } from '../../shared/pipeline/stages';
import type { PipelineDeps } from '../../shared/pipeline/pipeline-deps';
import { DynamoArticleStore } from '../../shared/store/dynamo/dynamo-article-store';
import { unpackJson } from '../../shared/store/dynamo/packed-json';
import type { BlobStore, EventPublisher, StoredObject } from '../../shared/store/ports';
import { readCorpus } from './corpus';
import { DynamoMeter, itemSize } from './dynamo-meter';
import { mean, median, percentile } from './stats.mjs';

const [corpusPath = ''] = process.argv.slice(2);
const BUCKET = 'precis-bench';

class CountingBlobStore implements BlobStore {
  readonly bucket = BUCKET;
  readonly objects = new Map<string, Uint8Array>();
  gets = 0;
  puts = 0;
  putBytes = 0;
  async get(key: string): Promise<StoredObject | undefined> {
    this.gets++;
    const bytes = this.objects.get(key);
    return bytes ? { bytes, etag: 'etag' } : undefined;
  }
  /** HEAD is billed as a GET-class request, so it counts with the gets. */
  async head(key: string) {
    this.gets++;
    const bytes = this.objects.get(key);
    return bytes ? { key, size: bytes.byteLength, etag: 'etag' } : undefined;
  }
  async put(key: string, body: string | Uint8Array): Promise<void> {
    this.puts++;
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    this.putBytes += bytes.byteLength;
    this.objects.set(key, bytes);
  }
  async delete(key: string) {
    this.objects.delete(key);
  }
  async deletePrefix() {}
  async *list() {}
}

const meter = new DynamoMeter();
const documents = mockClient(DynamoDBDocumentClient);
const calls = (name: string, fn: (input: Record<string, unknown>) => unknown) => (input: Record<string, unknown>) => {
  meter.meter.requests[name] = (meter.meter.requests[name] ?? 0) + 1;
  return fn(input);
};
documents.on(PutCommand).callsFake(calls('PutItem', (i) => meter.put(i)));
documents.on(UpdateCommand).callsFake(calls('UpdateItem', (i) => meter.update(i)));
documents.on(DeleteCommand).callsFake(calls('DeleteItem', (i) => meter.remove(i)));
documents.on(GetCommand).callsFake(calls('GetItem', (i) => meter.get(i)));
documents.on(QueryCommand).callsFake(calls('Query', (i) => meter.query(i)));
documents.on(TransactWriteCommand).callsFake(calls('TransactWriteItems', (i) => meter.transact(i)));
documents.on(BatchWriteCommand).callsFake(calls('BatchWriteItem', (i) => meter.batchWrite(i)));

let events = 0;
const publisher: EventPublisher = { publish: async () => void events++ };
const articles = readCorpus(corpusPath);
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function runAll(record: boolean, chosen = articles) {
  const blobs = new CountingBlobStore();
  const deps: PipelineDeps = { blobs, articles: new DynamoArticleStore({ tableName: 'precis', client: new DynamoDBClient({ region: 'us-east-1' }) }), events: publisher, maxBytes: 2 * 1024 * 1024 };
  meter.items.clear();
  const perArticle = [];
  for (const article of chosen) {
    const key = `incoming/${article.name}`;
    blobs.objects.set(key, article.bytes);
    const s3Before = { gets: blobs.gets, puts: blobs.puts };
    meter.meter = DynamoMeter.empty();
    const eventsBefore = events;
    const c0 = cpuNow();
    const segmented = await runSegment(deps, { detail: { bucket: { name: BUCKET }, object: { key, size: article.bytes.byteLength, etag: 'e' } } } as never);
    const c1 = cpuNow();
    const attributed = await runAttribute(deps, segmented);
    const c2 = cpuNow();
    const result = await runSummarize(deps, attributed);
    const c3 = cpuNow();
    if (result.status !== 'SUMMARIZED') throw new Error(`${article.id}: ${result.status}`);
    if (!record) continue;
    const articleItem = meter.items.get(`ARTICLE#${segmented.articleId}|META`);
    perArticle.push({
      cpu: [c1 - c0, c2 - c1, c3 - c2],
      s3Gets: blobs.gets - s3Before.gets,
      s3Puts: blobs.puts - s3Before.puts,
      ...meter.meter,
      events: events - eventsBefore,
      articleItemBytes: itemSize(articleItem),
      // An item holds a group of quotes (or, written before groups, one quote).
      quotes: [...meter.items].filter(([k]) => k.startsWith(`ARTICLE#${segmented.articleId}|QUOTE#`)).reduce((n, [, item]) => n + (item.quotes === undefined ? 1 : unpackJson<unknown[]>(item.quotes).length), 0),
    });
  }
  return { perArticle, blobs };
}

await runAll(false, articles.slice(0, 100)); // warm-up: JIT, on the first 100
const { perArticle, blobs } = await runAll(true);
const requestNames = [...new Set(perArticle.flatMap((a) => Object.keys(a.requests)))];
const stageCpu = [0, 1, 2].map((s) => ({ mean: mean(perArticle.map((a) => a.cpu[s]!)), p50: median(perArticle.map((a) => a.cpu[s]!)), p99: percentile(perArticle.map((a) => a.cpu[s]!), 99) }));
console.log(
  JSON.stringify({
    articles: perArticle.length,
    stages: ['segment', 'attribute', 'summarize'],
    stageCpuMs: stageCpu,
    s3Gets: mean(perArticle.map((a) => a.s3Gets)),
    s3Puts: mean(perArticle.map((a) => a.s3Puts)),
    s3PutBytes: blobs.putBytes / perArticle.length,
    wruTable: mean(perArticle.map((a) => a.wruTable)),
    wruIndexes: mean(perArticle.map((a) => a.wruIndexes)),
    rru: mean(perArticle.map((a) => a.rru)),
    requests: Object.fromEntries(requestNames.map((n) => [n, mean(perArticle.map((a) => a.requests[n] ?? 0))])),
    events: mean(perArticle.map((a) => a.events)),
    byItem: Object.fromEntries(
      [...new Set(perArticle.flatMap((a) => Object.keys(a.byItem)))].map((kind) => [
        kind,
        Object.fromEntries((['table', 'indexes', 'writes'] as const).map((f) => [f, mean(perArticle.map((a) => a.byItem[kind]?.[f] ?? 0))])),
      ]),
    ),
    quotes: mean(perArticle.map((a) => a.quotes)),
    quotesP50: median(perArticle.map((a) => a.quotes)),
    articleItemBytes: mean(perArticle.map((a) => a.articleItemBytes)),
  }),
);
