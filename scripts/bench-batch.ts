/**
 * Batch runs over 5,000 stored articles of an older pipeline version on the local stack:
 * articles per second, and the batch process's memory (peak RSS, and the heap as the run goes,
 * which should stay flat). Two phases: find + claim + start only (what the batch Lambda does in
 * AWS), then the same articles found again and run through the three stages in process (what
 * local mode does). Prints a markdown table.
 * Run: `npx tsx scripts/bench-batch.ts [articles=5000] [concurrency=8] [articles through the full pipeline=all]`. Not part of `npm test`.
 *
 * The batch runs in a child process (bench-batch-run.ts) so that its memory is its own, not the
 * S3 server's or the seeding's.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapWithConcurrency } from '../shared/batch/map-with-concurrency';
import { startDynamoDbLocal } from '../shared/local/dynamodb-local';
import { pointHandlersAt } from '../shared/local/local-environment';
import { provisionTable } from '../shared/local/provision-table';
import { startS3Local } from '../shared/local/s3-local';
import { decode } from '../shared/nlp/decode/decode';
import { DecodeError } from '../shared/nlp/decode/decode-error';
import { articleIdFor } from '../shared/pipeline/article-id';
import { PIPELINE_VERSION } from '../shared/pipeline/pipeline-version';
import { createClients } from '../shared/pipeline/compose';
import { DynamoArticleStore } from '../shared/store/dynamo/dynamo-article-store';
import { S3BlobStore } from '../shared/store/s3/s3-blob-store';
import { type BenchBatchResult, RESULT_MARKER } from './bench-batch-result';

const ARTICLES = Number(process.argv[2] ?? 5000);
const CONCURRENCY = Number(process.argv[3] ?? 8);
/** How many of them the full-pipeline phase re-runs (it is the slow one). */
const PIPELINE_ARTICLES = Number(process.argv[4] ?? ARTICLES);
const TARGET_PER_SECOND = 100;
/** Extra node flags for the batch process, e.g. `--cpu-prof --cpu-prof-dir=prof` to see where its time goes. */
const nodeArgs = process.env.BENCH_BATCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
const OLD_VERSION = '0.0.1+nlp.0';
const BUCKET = 'precis-bench';
const example = readFileSync(join(import.meta.dirname, '..', 'examples', 'alaska-summit.txt'), 'utf8');

/** The example article with a line of its own, so that every copy is a distinct article of realistic size. */
const articleText = (n: number) => `${example.trimEnd()}\n\nCorrection ${n}: an earlier version of this article misstated the date of the summit.\n`;

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const workDir = mkdtempSync(join(tmpdir(), 'precis-bench-batch-'));
  const dynamo = await startDynamoDbLocal();
  const s3 = await startS3Local({ directory: join(workDir, 's3'), bucket: BUCKET });
  const tableName = `bench-batch-${Date.now()}`;
  pointHandlersAt({ tableName, bucket: BUCKET, dynamoEndpoint: dynamo.endpoint, s3Endpoint: s3.endpoint });
  const { dynamo: dynamoClient, s3: s3Client } = createClients();
  try {
    await provisionTable(dynamoClient, tableName);
    const articles = new DynamoArticleStore({ tableName, client: dynamoClient });
    const blobs = new S3BlobStore({ bucket: BUCKET, client: s3Client });

    process.stderr.write(`storing ${ARTICLES} articles made by pipeline ${OLD_VERSION}…\n`);
    const seedStarted = performance.now();
    const numbers = Array.from({ length: ARTICLES }, (_, n) => n);
    for (let from = 0; from < ARTICLES; from += 500) {
      await mapWithConcurrency(numbers.slice(from, from + 500), 16, async (n) => {
        const name = `article-${String(n).padStart(5, '0')}.txt`;
        const text = articleText(n);
        await blobs.put(`incoming/${name}`, text, 'text/plain');
        const document = decode(new TextEncoder().encode(text), name);
        if (document instanceof DecodeError) throw document;
        const id = articleIdFor(document.text);
        const { runId } = await articles.startProcessing({ id, title: document.title, source: { bucket: BUCKET, key: `incoming/${name}` }, pipelineVersion: OLD_VERSION });
        await articles.saveResult({ id, runId, title: document.title, pipelineVersion: OLD_VERSION, summary: { sentences: [], keyPoints: [], speakers: [] }, stats: { characters: text.length, paragraphs: 0, sentences: 0, quotes: 0, speakers: 0 }, quotes: [] });
      });
    }
    process.stderr.write(`stored in ${((performance.now() - seedStarted) / 1000).toFixed(0)} s; running the batch (concurrency ${CONCURRENCY})…\n`);

    const runPhase = (mode: 'start-only' | 'pipeline', limit: number, settings: Record<string, string>) =>
      new Promise<BenchBatchResult>((resolve, reject) => {
        const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(import.meta.dirname, 'bench-batch-run.ts'), mode, String(limit), String(CONCURRENCY)], { env: { ...process.env, ...settings }, stdio: ['ignore', 'pipe', 'inherit'] });
        let output = '';
        child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
        child.once('error', reject);
        child.once('exit', (code) => {
          const line = output.split('\n').find((candidate) => candidate.startsWith(RESULT_MARKER));
          if (code === 0 && line) resolve(JSON.parse(line.slice(RESULT_MARKER.length)) as BenchBatchResult);
          else reject(new Error(`the batch process exited with ${code}`));
        });
      });
    // Phase 1 claims every article with a one-second lease, so that phase 2 finds them again as lost starts.
    const startOnly = await runPhase('start-only', ARTICLES, { BATCH_LEASE_SECONDS: '1' });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    process.stderr.write(`start-only: ${startOnly.run.counts.started} in ${startOnly.seconds.toFixed(1)} s; now the full pipeline for ${PIPELINE_ARTICLES}…\n`);
    const pipeline = await runPhase('pipeline', PIPELINE_ARTICLES, { PENDING_GRACE_SECONDS: '0' });

    const outdatedLeft = await articles.findWork({ kind: 'outdated', before: PIPELINE_VERSION, limit: 1 });
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    const row = (name: string, result: BenchBatchResult) => {
      const perSecond = result.run.counts.started / result.seconds;
      const { started, succeeded, failed, skipped } = result.run.counts;
      return `| ${name} | ${started} (${succeeded} ok, ${failed} failed, ${skipped} skipped) | ${result.seconds.toFixed(1)} s | **${perSecond.toFixed(0)}** ${perSecond >= TARGET_PER_SECOND ? '✓' : '✗'} | ${(result.cpuMs / Math.max(1, started)).toFixed(1)} ms | ${mb(result.peakRss)} MB | ${result.heapAt.map(mb).join(' / ')} MB |`;
    };
    console.log(`
### Batch run over ${ARTICLES} articles of an older pipeline version, local stack

${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores (load average ${loadavg()[0]?.toFixed(1)} at the end), batch concurrency ${CONCURRENCY}. Target ≥ ${TARGET_PER_SECOND} articles/s, memory flat.

| batch | articles started | wall time | articles/s | batch CPU per article | peak RSS | heap at 10% / 50% / 100% |
| --- | --- | --- | --- | --- | --- | --- |
${row('find + claim + start (as in AWS: the pipeline runs in Step Functions)', startOnly)}
${row('find + claim + run the three stages in process (local mode)', pipeline)}

Outdated articles left afterwards: ${outdatedLeft.items.length === 0 ? 'none' : 'some'}${PIPELINE_ARTICLES < ARTICLES ? ` (the pipeline phase was capped at ${PIPELINE_ARTICLES})` : ''}.
`);
  } finally {
    dynamoClient.destroy();
    s3Client.destroy();
    await s3.stop();
    await dynamo.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
