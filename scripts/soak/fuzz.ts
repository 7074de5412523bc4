import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FuzzWorkerResult } from './fuzz-worker';

export interface FuzzResult extends Omit<FuzzWorkerResult, 'milliseconds'> {
  readonly workers: number;
  /** Wall time of the whole fuzz, workers in parallel. */
  readonly milliseconds: number;
}

const WORKER = fileURLToPath(new URL('./fuzz-worker.ts', import.meta.url));

/** One worker process: the same node and tsx loader this script runs under. */
function runWorker(runs: number, seed: number): Promise<FuzzWorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, WORKER, String(runs), String(seed)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) return reject(new Error(`fuzz worker (seed ${seed}) exited with ${code}`));
      resolve(JSON.parse(last) as FuzzWorkerResult);
    });
  });
}

/**
 * `runs` generated inputs split over `workers` processes (one per core is the most that helps),
 * each with its own seed so they explore different inputs; counts are summed.
 */
export async function runFuzz(runs: number, workers: number, seed: number): Promise<FuzzResult> {
  const started = performance.now();
  const shares = Array.from({ length: workers }, (_, i) => Math.floor(runs / workers) + (i < runs % workers ? 1 : 0)).filter((share) => share > 0);
  const results = await Promise.all(shares.map((share, i) => runWorker(share, seed + i)));
  const refused: Record<string, number> = {};
  for (const result of results) for (const [code, count] of Object.entries(result.refused)) refused[code] = (refused[code] ?? 0) + count;
  const sum = (pick: (result: FuzzWorkerResult) => number) => results.reduce((total, result) => total + pick(result), 0);
  return {
    workers: shares.length,
    runs: sum((r) => r.runs),
    analyzed: sum((r) => r.analyzed),
    refused,
    throws: sum((r) => r.throws),
    violations: sum((r) => r.violations),
    characters: sum((r) => r.characters),
    milliseconds: performance.now() - started,
    failures: results.flatMap((r) => r.failures),
  };
}
