// Local end to end: `npm start`'s stack (startLocalStack, fresh data dir, port 0), 1,000 .txt
// articles dropped into its inbox at once, timed until every one is SUMMARIZED. Peak RSS of this
// process (which runs the S3 server and the handlers) and of its DynamoDB Local child.
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalStack } from '../../shared/local/local-stack';
import type { RunOutcome } from '../../shared/local/local-state-machine';
import { readCorpus } from './corpus';

const [corpusPath = '', workDir = '', countArg = '1000', deadlineArg = '180'] = process.argv.slice(2);
const count = Number(countArg);
/** Seconds after the drop when the run stops counting, finished or not (the bench has a time budget). */
const deadlineSeconds = Number(deadlineArg);

/** 1,000 distinct texts from the corpus: past its end, an article again with its first paragraph moved to the end. */
function texts(): string[] {
  const articles = readCorpus(corpusPath);
  return Array.from({ length: count }, (_, i) => {
    const text = articles[i % articles.length]!.text;
    const round = Math.floor(i / articles.length);
    if (round === 0) return text;
    const paragraphs = text.split('\n\n');
    return [...paragraphs.slice(round), ...paragraphs.slice(0, round)].join('\n\n');
  });
}

/** Children of this process whose command line names DynamoDB Local: peak RSS (VmHWM, kB) and CPU seconds so far. */
function dynamoLocal(): { peakKb: number; cpuSeconds: number } {
  let peakKb = 0;
  let cpuSeconds = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (Number(/PPid:\s+(\d+)/.exec(status)?.[1]) !== process.pid) continue;
      if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('DynamoDBLocal')) continue;
      peakKb += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      // utime and stime, in clock ticks (100 a second on Linux), after the ")" that ends the command name.
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').at(-1)!.trim().split(/\s+/);
      cpuSeconds += (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      // gone meanwhile
    }
  }
  return { peakKb, cpuSeconds };
}

rmSync(workDir, { recursive: true, force: true });
const inboxDir = join(workDir, 'inbox');
const staging = join(workDir, 'staging');
mkdirSync(staging, { recursive: true });
mkdirSync(inboxDir, { recursive: true });
const names = texts().map((text, i) => {
  const name = `article-${String(i).padStart(4, '0')}.txt`;
  writeFileSync(join(staging, name), text);
  return name;
});

const outcomes: Record<string, number> = {};
let done = 0;
let finishedAt = 0;
let allDone: () => void = () => undefined;
const finished = new Promise<void>((resolve) => (allDone = resolve));
const latencies: number[] = [];
const bootStarted = performance.now();
const stack = await startLocalStack({
  dataDir: join(workDir, 'data'),
  inboxDir,
  port: 0,
  fresh: true,
  onProcessed: (_name: string, outcome: RunOutcome) => {
    outcomes[outcome.status] = (outcomes[outcome.status] ?? 0) + 1;
    latencies.push(outcome.milliseconds);
    if (++done === count) {
      finishedAt = performance.now();
      allDone();
    }
  },
});
const bootMs = performance.now() - bootStarted;

// The drop: every file appears in the inbox at once (a rename each, as a file manager's move does).
const cpu0 = process.cpuUsage();
const java0 = dynamoLocal().cpuSeconds;
const started = performance.now();
for (const name of names) renameSync(join(staging, name), join(inboxDir, name));
const timedOut = await Promise.race([finished.then(() => false), new Promise<boolean>((resolve) => setTimeout(() => resolve(true), deadlineSeconds * 1000).unref())]);
const completed = done;
const seconds = ((timedOut ? performance.now() : finishedAt) - started) / 1000;
const cpu = process.cpuUsage(cpu0);
const dynamo = dynamoLocal();
const listed = await fetch(`${stack.apiUrl}/articles?limit=1`).then((r) => r.status);
const nodeCpuSeconds = (cpu.user + cpu.system) / 1e6;
const javaCpuSeconds = dynamo.cpuSeconds - java0;
if (!timedOut) await stack.stop();
latencies.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    articles: count,
    completed,
    timedOut,
    outcomes,
    seconds,
    perSecond: completed / seconds,
    bootMs,
    nodeCpuSeconds,
    javaCpuSeconds,
    cpuMsPerArticle: ((nodeCpuSeconds + javaCpuSeconds) * 1000) / completed,
    stateMachineMsP50: latencies[Math.floor(latencies.length / 2)],
    nodePeakRssMb: process.resourceUsage().maxRSS / 1024,
    dynamoPeakRssMb: dynamo.peakKb / 1024,
    apiStatus: listed,
  }),
);
// On a deadline the queue still holds work: exit, which also kills DynamoDB Local (its exit hook).
process.exit(0);
