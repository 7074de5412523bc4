// Memory of `node dist/precis.mjs summarize --jsonl <file>`, read in the child itself through a
// preloaded module, output to /dev/null: peak RSS at exit, and in a separate run the live heap
// after a forced full GC every 200 articles (what the process really holds on to).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from './stats.mjs';

const PEAK_PRELOAD = `process.on('exit', () => process.stderr.write('\\nBENCH_MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));\n`;

// Counts output lines (one per article) and, every 200, collects garbage and notes the live heap.
const LIVE_PRELOAD = `let lines = 0; const live = [];
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = (chunk, ...rest) => {
  if (++lines % 200 === 0) { globalThis.gc(); live.push(process.memoryUsage().heapUsed); }
  return write(chunk, ...rest);
};
process.on('exit', () => process.stderr.write('\\nBENCH_LIVE_HEAP ' + JSON.stringify(live) + '\\n'));\n`;

function child(preloadName, preloadText, flags, file) {
  const preload = resolve('.bench', preloadName);
  mkdirSync('.bench', { recursive: true });
  writeFileSync(preload, preloadText);
  const started = performance.now();
  const run = spawnSync('node', [...flags, '--import', preload, 'dist/precis.mjs', 'summarize', '--jsonl', file], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 24 });
  if (run.status !== 0) throw new Error(`precis summarize --jsonl ${file} failed: ${run.stderr}`);
  return { stderr: run.stderr, ms: performance.now() - started };
}

function peakRss(file) {
  const { stderr, ms } = child('maxrss-preload.mjs', PEAK_PRELOAD, [], file);
  return { mb: Number(/BENCH_MAXRSS_KB (\d+)/.exec(stderr)?.[1]) / 1024, ms };
}

/** Live heap (MB) after a full GC at each 200th article; the last one and the largest. */
function liveHeap(file) {
  const { stderr } = child('live-heap-preload.mjs', LIVE_PRELOAD, ['--expose-gc'], file);
  const samples = JSON.parse(/BENCH_LIVE_HEAP (\[.*\])/.exec(stderr)?.[1] ?? '[]').map((b) => b / 1e6);
  return { lastMb: samples.at(-1) ?? NaN, maxMb: Math.max(...samples) };
}

/**
 * The first 100 articles, all of them, and the file twice and four times over. A leak shows as
 * live heap growing with the input; V8 sizes its heap from the allocation rate, so peak RSS rises
 * with the run's length until it levels off, which is why both are reported.
 */
export function memoryRuns(corpus, workDir, runs = 3) {
  mkdirSync(workDir, { recursive: true });
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const inputs = [
    { label: 'first 100 articles', lines: lines.slice(0, 100) },
    { label: `all ${lines.length} articles`, lines },
    { label: `2× the file (${lines.length * 2} articles)`, lines: [...lines, ...lines] },
    { label: `4× the file (${lines.length * 4} articles)`, lines: [...lines, ...lines, ...lines, ...lines] },
  ];
  return inputs.map(({ label, lines: chosen }, i) => {
    const file = join(workDir, `memory-${i}.jsonl`);
    writeFileSync(file, `${chosen.join('\n')}\n`);
    const measured = Array.from({ length: runs }, () => peakRss(file));
    const live = chosen.length >= 200 ? liveHeap(file) : { lastMb: NaN, maxMb: NaN };
    return { label, articles: chosen.length, fileMb: statSync(file).size / 1e6, peakRssMb: median(measured.map((m) => m.mb)), liveLastMb: live.lastMb, liveMaxMb: live.maxMb, ms: median(measured.map((m) => m.ms)), runs };
  });
}
