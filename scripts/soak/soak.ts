// npm run soak [-- --quick | --uploads N | --fuzz N | --only soak,fuzz,scaling | --help]
// The measured part of reliability: a soak of the local pipeline under faults and a DynamoDB
// restart, fuzzing of the NLP, and its scaling on pathological inputs. Prints the tables and
// writes them to RELIABILITY.md.
// First, so the pipeline's logger and metrics see it when they are built.
import './quiet-environment';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { seededRandom } from '../../shared/local/fault-injection';
import { DEFAULT_STAGE_RETRY } from '../../shared/local/stage-retry';
import { runFuzz } from './fuzz';
import { measureScaling, SUPER_LINEAR_EXPONENT } from './nlp-scaling';
import { markdownTable, writeReliabilitySection } from './reliability-file';
import { runSoak } from './soak-run';
import { DELETE_RETRY, startSoakStack } from './soak-stack';
import { verifySoak } from './soak-verify';
import { loadArticles, planWorkload, UPLOAD_KINDS } from './soak-workload';

const HELP = `npm run soak -- [options]
  --quick              500 uploads, 20,000 fuzz runs, scaling at 64/128/256 KB; writes RELIABILITY.md only with --write
  --uploads N          soak uploads (default 10000)
  --fuzz N             fuzz runs (default 1000000)
  --fuzz-workers N     fuzz processes (default: cores, at most 2)
  --only LIST          soak,fuzz,scaling (default all three)
  --seed N             workload, fault and fuzz seed (default 20241125)
  --fault-rate R       share of port calls that throttle (default 0.03)
  --concurrency N      pipeline runs at once (default 4)
  --max-bytes N        upload size limit for the soak (default 65536)
  --eval-dir DIR       where the article texts come from (default ../shared/eval)
  --work-dir DIR       data of DynamoDB Local and the S3 server (default a temp dir, removed after)
  --write / --no-write write RELIABILITY.md (default: write unless --quick)`;

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    uploads: { type: 'string' },
    fuzz: { type: 'string' },
    'fuzz-workers': { type: 'string' },
    only: { type: 'string', default: 'soak,fuzz,scaling' },
    seed: { type: 'string', default: '20241125' },
    'fault-rate': { type: 'string', default: '0.03' },
    concurrency: { type: 'string', default: '4' },
    'max-bytes': { type: 'string', default: String(64 * 1024) },
    'eval-dir': { type: 'string', default: process.env.PRECIS_EVAL_DIR ?? join('..', 'shared', 'eval') },
    'work-dir': { type: 'string' },
    write: { type: 'boolean' },
    'no-write': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const positive = (name: string, value: string | undefined, fallback: number): number => {
  const parsed = value === undefined ? fallback : Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`--${name} must be a non-negative number, not ${value}`);
  return parsed;
};
const quick = values.quick;
const options = {
  uploads: positive('uploads', values.uploads, quick ? 500 : 10_000),
  fuzzRuns: positive('fuzz', values.fuzz, quick ? 20_000 : 1_000_000),
  fuzzWorkers: Math.max(1, positive('fuzz-workers', values['fuzz-workers'], Math.min(2, availableParallelism()))),
  parts: new Set(values.only.split(',').map((part) => part.trim())),
  seed: positive('seed', values.seed, 20241125),
  faultRate: positive('fault-rate', values['fault-rate'], 0.03),
  concurrency: Math.max(1, positive('concurrency', values.concurrency, 4)),
  maxBytes: positive('max-bytes', values['max-bytes'], 64 * 1024),
  scalingSizes: quick ? [64, 128, 256].map((kb) => kb * 1024) : [256, 512, 1024].map((kb) => kb * 1024),
  write: values['no-write'] ? false : (values.write ?? !quick),
};
const FILE = 'RELIABILITY.md';
const log = (line: string) => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${process.version}`;
const ranAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
const runNote = (what: string) => `_${what}; ${ranAt} UTC on ${machine}${quick ? '; **--quick**' : ''}. Seed ${options.seed}._`;
const emit = (name: string, markdown: string) => {
  console.log(`\n${markdown}\n`);
  if (options.write) writeReliabilitySection(FILE, name, markdown);
};
let failed = false;

async function soakPart(): Promise<void> {
  const bucket = 'precis-soak';
  const workDir = values['work-dir'] ?? join(tmpdir(), `precis-soak-${process.pid}`);
  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(workDir, { recursive: true });
  const articles = loadArticles(values['eval-dir'], options.maxBytes);
  const workload = planWorkload({ uploads: options.uploads, articles, maxBytes: options.maxBytes, random: seededRandom(options.seed) });
  log(`soak: ${workload.operations.length} operations from ${articles.length} source texts, ${(workload.bytesUploaded / 1e6).toFixed(1)} MB; data in ${workDir}`);
  const started = performance.now();
  const stack = await startSoakStack({ workDir, bucket, tableName: 'precis-soak', maxBytes: options.maxBytes, faultRate: options.faultRate, seed: options.seed });
  try {
    const run = await runSoak(stack, workload, { concurrency: options.concurrency, uploadConcurrency: 8, seed: options.seed, restartAt: 0.5, maxRecoveryPasses: 8, log });
    log('  verifying');
    const verifyStarted = performance.now();
    const verdict = await verifySoak(stack.store, stack.blobs, workload, options.maxBytes);
    const verifyMs = performance.now() - verifyStarted;
    const wallMs = performance.now() - started;
    const { tally } = stack;
    failed ||= verdict.mismatches.length > 0;

    const mismatchesByRule = new Map<string, number>();
    for (const mismatch of verdict.mismatches) mismatchesByRule.set(mismatch.rule, (mismatchesByRule.get(mismatch.rule) ?? 0) + 1);
    const pipelineRuns = tally.total('runs') + run.recoveryPasses.reduce((sum, pass) => sum + pass.counts.started, 0);
    const retryPolicy = `${DEFAULT_STAGE_RETRY.maxAttempts} attempts, ${DEFAULT_STAGE_RETRY.intervalMs} ms × ${DEFAULT_STAGE_RETRY.backoffRate}ⁿ, full jitter, on the error names the deployed retriers retry (shared/pipeline/transient-errors.ts: ${DEFAULT_STAGE_RETRY.errors.join(', ')})`;
    const sections = [
      `## Soak

${runNote(`${options.uploads.toLocaleString('en-US')} uploads, fault rate ${options.faultRate}, ${options.concurrency} runs at once, max upload ${options.maxBytes.toLocaleString('en-US')} bytes`)}

**Mismatches after recovery: ${verdict.mismatches.length}.** Stage retry: ${retryPolicy}. Delete handler (asynchronous Lambda): ${DELETE_RETRY.maxAttempts} attempts, ${DELETE_RETRY.intervalMs} ms × ${DELETE_RETRY.backoffRate}ⁿ (Lambda's 1 and 2 minutes, scaled down 60×).`,
      `### Uploads by kind

${markdownTable(['kind', 'operations'], [...UPLOAD_KINDS.map((kind) => [kind, workload.counts[kind]] as [string, number]), ['**all**', workload.operations.length]])}

${(workload.bytesUploaded / 1e6).toFixed(1)} MB uploaded; ${verdict.liveKeys.toLocaleString('en-US')} keys live at the end, ${verdict.deletedKeys.toLocaleString('en-US')} deleted. Events: ${tally
        .entries('events')
        .map(([name, count]) => `${count.toLocaleString('en-US')} ${name}`)
        .join(', ')}.`,
      `### Faults injected and retries

${markdownTable(['faults injected (throttling) at', 'count'], [...tally.entries('faults'), ['**all**', tally.total('faults')]])}

${markdownTable(['retries (stage: error)', 'count'], [...tally.entries('retries'), ['**all**', tally.total('retries')]])}

DynamoDB Local restarted once after operation ${run.restart.atOperation.toLocaleString('en-US')} (of ${workload.operations.length.toLocaleString('en-US')}), with ${run.restart.backlogAtRestart} events waiting or running: down ${seconds(run.restart.downMs)} (stop, then start on the same port and \`-dbPath\`).`,
      `### Event-driven runs, then recovery

${markdownTable(['event-driven run ended', 'count'], [...tally.entries('runs'), ...tally.entries('deletes').map(([name, count]) => [`delete ${name}`, count] as [string, number])])}

${markdownTable(
  ['recovery pass (batch run)', 'considered', 'started', 'succeeded', 'failed', 'lost deletes finished', 'skipped'],
  run.recoveryPasses.map((pass, i) =>
    pass.status === 'FAILED'
      ? [`${i + 1}: batch run failed (${pass.error ?? '?'})`, '-', '-', '-', '-', '-', '-']
      : [`${i + 1}: ${Object.entries(pass.skippedReasons).map(([reason, count]) => `${count} ${reason}`).join(', ') || 'no skips'}`, pass.counts.considered, pass.counts.started, pass.counts.succeeded, pass.counts.failed, pass.counts.removed, pass.counts.skipped],
  ),
)}`,
      `### Final states and the check

${markdownTable(['article state', 'articles'], [...[...verdict.finalStates].sort(([a], [b]) => a.localeCompare(b)), ['**all**', verdict.articles]])}

${markdownTable(
  ['check', 'result'],
  [
    ['distinct valid texts held by a live key → SUMMARIZED article with exactly that text', verdict.distinctValidTexts],
    ['quotes checked against the stored text', verdict.quotesChecked],
    ['left PENDING / PROCESSING / FAILED (retryable)', `${verdict.stuck.pending} / ${verdict.stuck.processing} / ${verdict.stuck.failed}`],
    ...[...mismatchesByRule].map(([rule, count]) => [`✗ ${rule}`, count] as [string, number]),
    ['**mismatches**', verdict.mismatches.length],
  ],
)}${
        verdict.mismatches.length > 0
          ? `\n\nFirst mismatches:\n\n${verdict.mismatches
              .slice(0, 12)
              .map((m) => `- ${m.rule}: ${m.key ?? ''} ${m.articleId ? `article ${m.articleId.slice(0, 12)}` : ''} — ${m.detail}`)
              .join('\n')}`
          : ''
      }`,
      `### Throughput and wall time

${markdownTable(
  ['measure', 'value'],
  [
    ['uploads sent (bursts of 20–150, 8 at once)', seconds(run.uploadMs)],
    ['until every event-driven run had ended', seconds(run.processingMs)],
    ['uploads per second, upload to last run ended', (workload.operations.length / (run.processingMs / 1000)).toFixed(1)],
    ['pipeline runs (event-driven + recovery)', pipelineRuns],
    ['recovery passes', seconds(run.recoveryMs)],
    ['verification', seconds(verifyMs)],
    ['soak wall time (start of stack to verdict)', seconds(wallMs)],
  ],
)}`,
    ];
    emit('soak', sections.join('\n\n'));
    if (verdict.mismatches.length > 0) console.error(JSON.stringify(verdict.mismatches.slice(0, 50), null, 2));
  } finally {
    await stack.stop();
    if (!values['work-dir']) rmSync(workDir, { recursive: true, force: true });
  }
}

async function fuzzPart(): Promise<void> {
  log(`fuzz: ${options.fuzzRuns.toLocaleString('en-US')} runs on ${options.fuzzWorkers} processes`);
  const result = await runFuzz(options.fuzzRuns, options.fuzzWorkers, options.seed);
  failed ||= result.throws > 0 || result.violations > 0;
  const perSecond = result.runs / (result.milliseconds / 1000);
  const markdown = `## Fuzzing

${runNote(`${result.runs.toLocaleString('en-US')} generated inputs, ${result.workers} processes`)}

${markdownTable(
  ['measure', 'value'],
  [
    ['inputs', result.runs],
    ['analyzed (decoded, then segment → attribute → summarize)', result.analyzed],
    ...Object.entries(result.refused)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([code, count]) => [`refused by decode: ${code}`, count] as [string, number]),
    ['characters analyzed', result.characters],
    ['**throws**', result.throws],
    ['**inputs with an invariant violation**', result.violations],
    ['wall time', seconds(result.milliseconds)],
    ['inputs per second', Math.round(perSecond)],
  ],
)}

Invariants: every span inside the text and equal to \`text.slice(start, end)\` where it carries text; paragraphs, sentences, quotations and summary sentences in order; sentences within their paragraph; quotation pieces within the quotation; a quote's speaker is a cluster; confidence in [0, 1]; summary sentences and key points within a sentence of the article. Arbitraries: \`scripts/soak/nlp-arbitraries.ts\` (the unit test \`test/unit/nlp/pipeline-properties.test.ts\` runs the same with 200 runs).${
    result.failures.length > 0 ? `\n\nFailing inputs (name, base64 bytes, problem):\n\n${result.failures.map((f) => `- \`${f.name}\` \`${f.base64.slice(0, 200)}\` — ${f.problem}`).join('\n')}` : ''
  }`;
  emit('fuzz', markdown);
}

function scalingPart(): void {
  const labels = options.scalingSizes.map((size) => `${size / 1024} KB`);
  log(`scaling: ${labels.join(', ')}`);
  const rows = measureScaling(options.scalingSizes, { repeats: 3, budgetMs: 60_000, onRow: (row) => log(`  ${row.name}: ${row.milliseconds.map((ms) => (ms === undefined ? '-' : `${Math.round(ms)} ms`)).join(', ')}`) });
  const flagged = rows.filter((row) => row.superLinear);
  const largest = options.scalingSizes.at(-1) ?? 1;
  const markdown = `## Scaling on pathological inputs

${runNote(`analyze() on each input at ${labels.join(', ')}; best CPU time of 3 (this process's user + system time, so neighbours on a shared machine do not count)`)}

${markdownTable(
  ['input', ...labels.map((label) => `CPU ms at ${label}`), `ms/KB at ${labels.at(-1)}`, 'growth exponent', 'outcome'],
  rows.map((row) => [
    row.superLinear ? `⚠ ${row.name}` : row.name,
    ...row.milliseconds.map((ms) => (ms === undefined ? 'skipped' : Math.round(ms))),
    row.milliseconds.at(-1) === undefined ? '-' : ((row.milliseconds.at(-1) as number) / (largest / 1024)).toFixed(2),
    row.exponent === undefined ? '-' : row.exponent.toFixed(2),
    row.outcome,
  ]),
)}

Growth exponent: the least-squares slope of log(time) against log(size) over the three sizes (1 is linear, 2 quadratic); flagged above ${SUPER_LINEAR_EXPONENT}, or when an input took over a minute. **${flagged.length === 0 ? 'No input grows faster than linear.' : `Super-linear: ${flagged.map((row) => row.name).join(', ')}.`}**`;
  failed ||= flagged.length > 0;
  emit('scaling', markdown);
}

const started = performance.now();
if (options.parts.has('soak')) await soakPart();
if (options.parts.has('fuzz')) await fuzzPart();
if (options.parts.has('scaling')) scalingPart();
log(`done in ${seconds(performance.now() - started)}${options.write ? `; ${FILE} updated` : ''}`);
process.exit(failed ? 1 : 0);
