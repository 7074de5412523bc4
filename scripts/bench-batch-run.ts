/**
 * The batch process of bench-batch.ts: one batch run over the local stack named by the
 * environment, with its memory sampled as it goes; prints the result as JSON on stdout.
 */
import { WORK_KINDS } from '../shared/batch/batch-request';
import { batchSettingsFromEnvironment } from '../shared/batch/batch-settings';
import { localBatchDeps } from '../shared/batch/local-batch-deps';
import { runBatch } from '../shared/batch/run-batch';
import { type BenchBatchResult, RESULT_MARKER } from './bench-batch-result';

/**
 * `start-only`: what the batch Lambda does in AWS, where Step Functions runs the pipeline
 * elsewhere: find, claim, start (a starter that only answers STARTED). `pipeline`: local mode,
 * where every start runs the three stages in this process.
 */
type Mode = 'start-only' | 'pipeline';

async function main(): Promise<void> {
  const mode = process.argv[2] as Mode;
  const articles = Number(process.argv[3] ?? 5000);
  const concurrency = Number(process.argv[4] ?? 8);
  // As in local mode: Lambda's JSON logs and EMF metrics are for CloudWatch. Set before the handlers load.
  process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
  process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
  const [segment, attribute, summarize, markFailed] = await Promise.all([
    import('../functions/segment/handler'),
    import('../functions/attribute/handler'),
    import('../functions/summarize/handler'),
    import('../functions/mark-failed/handler'),
  ]);
  let deps = localBatchDeps({
    tableName: process.env.TABLE_NAME ?? '',
    bucket: process.env.BUCKET_NAME ?? '',
    handlers: { segment: segment.handler, attribute: attribute.handler, summarize: summarize.handler, markFailed: markFailed.handler },
  });
  if (mode === 'start-only') deps = { ...deps, starter: { start: async () => ({ outcome: 'STARTED' }) } };
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage.rss())), 100);
  const marks = [0.1, 0.5].map((share) => Math.ceil(share * articles));
  const heapAt: number[] = [];
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const run = await runBatch(deps, { ...batchSettingsFromEnvironment(process.env), concurrency }, { dryRun: false, kinds: [...WORK_KINDS], limit: articles }, (progress) => {
    const settled = progress.counts.started + progress.counts.skipped;
    if (settled >= (marks[heapAt.length] ?? Number.POSITIVE_INFINITY)) heapAt.push(process.memoryUsage().heapUsed);
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  heapAt.push(process.memoryUsage().heapUsed);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  deps.destroy();
  // The stage handlers write their metrics to stdout (EMF), as in Lambda: the result gets a line of its own.
  process.stdout.write(`\n${RESULT_MARKER}${JSON.stringify({ run, seconds, cpuMs: (cpu.user + cpu.system) / 1000, peakRss, heapAt } satisfies BenchBatchResult)}\n`);
}

await main();
