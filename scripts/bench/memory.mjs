// Peak RSS of `node dist/precis.mjs summarize --jsonl <file>`, read in the child itself
// (process.resourceUsage().maxRSS at exit, through a preloaded module), output to /dev/null.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { median } from './stats.mjs';

const PRELOAD = `process.on('exit', () => process.stderr.write('\\nBENCH_MAXRSS_KB ' + process.resourceUsage().maxRSS + '\\n'));\n`;

function peakRss(file) {
  const preload = resolve('.bench/maxrss-preload.mjs');
  writeFileSync(preload, PRELOAD);
  const started = performance.now();
  const run = spawnSync('node', ['--import', preload, 'dist/precis.mjs', 'summarize', '--jsonl', file], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`precis summarize --jsonl ${file} failed: ${run.stderr}`);
  const kb = Number(/BENCH_MAXRSS_KB (\d+)/.exec(run.stderr)?.[1]);
  return { mb: kb / 1024, ms };
}

/** First 100 articles, all 840, and the file twice over: peak RSS should not grow with the input. */
export function memoryRuns(corpus, workDir, runs = 3) {
  mkdirSync(workDir, { recursive: true });
  const lines = readFileSync(corpus, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const inputs = [
    { label: 'first 100 articles', lines: lines.slice(0, 100) },
    { label: `all ${lines.length} articles`, lines },
    { label: `2× the file (${lines.length * 2} articles)`, lines: [...lines, ...lines] },
  ];
  return inputs.map(({ label, lines: chosen }, i) => {
    const file = join(workDir, `memory-${i}.jsonl`);
    writeFileSync(file, `${chosen.join('\n')}\n`);
    const measured = Array.from({ length: runs }, () => peakRss(file));
    return { label, articles: chosen.length, fileMb: statSync(file).size / 1e6, peakRssMb: median(measured.map((m) => m.mb)), ms: median(measured.map((m) => m.ms)), runs };
  });
}
