// CPU profile of the end-to-end NLP run: `node --cpu-prof` on the bundled worker, then the
// functions with the most self time, each named with the source file it came from.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** esbuild marks where each source file starts in a bundle with a `// path/to/file.ts` line. */
function sourceFilesByLine(bundlePath) {
  const marks = [];
  readFileSync(bundlePath, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /^\/\/ (\S+\.(?:ts|mjs|js|cjs))$/.exec(line);
      if (m) marks.push({ line: i, file: m[1].replace(/^(\.\.\/)+/, '') });
    });
  return (line) => {
    let file = '?';
    for (const mark of marks) if (mark.line <= line) file = mark.file;
    return file;
  };
}

export function profileTop({ worker, corpus, outDir, top = 15, reps = 1 }) {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const run = spawnSync('node', ['--cpu-prof', `--cpu-prof-dir=${outDir}`, worker, 'e2e', corpus, `--reps=${reps}`], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`profiled run failed: ${run.stderr}`);
  const file = readdirSync(outDir).find((f) => f.endsWith('.cpuprofile'));
  const profile = JSON.parse(readFileSync(join(outDir, file), 'utf8'));
  const selfByNode = new Map();
  profile.samples.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const workerPath = resolve(worker);
  const fileOf = sourceFilesByLine(workerPath);
  const byFunction = new Map();
  let total = 0;
  for (const node of profile.nodes) {
    const self = (selfByNode.get(node.id) ?? 0) / 1000;
    total += self;
    const { functionName, url, lineNumber } = node.callFrame;
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    const where = path === workerPath ? fileOf(lineNumber) : path ? relative(process.cwd(), path) : '';
    const name = functionName || (url ? '(anonymous)' : node.callFrame.functionName);
    const key = `${name}\t${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + self);
  }
  const rows = [...byFunction]
    .map(([key, ms]) => {
      const [name, where] = key.split('\t');
      return { name: name || '(program)', where, ms, share: ms / total };
    })
    .sort((a, b) => b.ms - a.ms)
    .slice(0, top);
  const text = [
    `Top ${top} functions by self time: end-to-end NLP (decode → segment → attribute → summarize), ${reps} pass(es) over polnear-train.jsonl`,
    `profile: ${join(outDir, file)}  total sampled ${Math.round(total)} ms`,
    '',
    ' self ms  share  function                                   source',
    ...rows.map((r) => `${r.ms.toFixed(0).padStart(8)}  ${(r.share * 100).toFixed(1).padStart(4)}%  ${r.name.slice(0, 42).padEnd(42)} ${r.where}`),
  ].join('\n');
  return { rows, total, text, profile: join(outDir, file) };
}

export function writeProfileTop(path, text) {
  writeFileSync(path, `${text}\n`);
}
