// Each functions/<name>/handler.ts bundled as the CDK construct does (PrecisFunction's bundling
// options), then cold init: the time to import() the bundle in a fresh node process.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { median } from './stats.mjs';

// Mirrors infra/lib/constructs/precis-function.ts (bundling props, runtime Node.js 22).
const BANNER = "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

export async function bundleFunctions(outRoot = '.bench/bundles') {
  rmSync(outRoot, { recursive: true, force: true });
  const names = readdirSync('functions').filter((name) => statSync(join('functions', name, 'handler.ts'), { throwIfNoEntry: false }));
  const bundles = [];
  for (const name of names) {
    const outdir = join(outRoot, name);
    mkdirSync(outdir, { recursive: true });
    const outfile = join(outdir, 'index.mjs');
    await build({
      entryPoints: [join('functions', name, 'handler.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node22',
      format: 'esm',
      mainFields: ['module', 'main'],
      banner: { js: BANNER },
      external: ['@aws-sdk/*'],
      minify: true,
      keepNames: true,
      sourcemap: true,
      sourcesContent: false,
      logLevel: 'error',
    });
    const code = readFileSync(outfile);
    bundles.push({ name, path: outfile, bytes: code.byteLength, gzipBytes: gzipSync(code).byteLength, mapBytes: statSync(`${outfile}.map`).size });
  }
  return bundles;
}

// Runs in the fresh process: import the bundle, touch `handler`, report the ms and the RSS.
const PROBE = `const c0 = process.cpuUsage();
const t0 = performance.now();
const m = await import(process.argv[2]);
const ms = performance.now() - t0;
const c = process.cpuUsage(c0);
if (typeof m.handler !== 'function') throw new Error('no handler export');
console.log(JSON.stringify({ ms, cpuMs: (c.user + c.system) / 1000, rss: process.memoryUsage().rss }));`;

/** Median import() time over `runs` fresh processes, with and without --enable-source-maps (Lambda sets it). */
export function coldInit(bundle, runs = 7) {
  const probe = resolve('.bench/cold-init-probe.mjs');
  writeFileSync(probe, PROBE);
  const env = {
    ...process.env,
    AWS_REGION: 'us-east-1',
    TABLE_NAME: 'precis',
    BUCKET_NAME: 'precis-bench',
    POWERTOOLS_SERVICE_NAME: 'precis',
    POWERTOOLS_METRICS_NAMESPACE: 'Precis',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  const once = (flags) => {
    const run = spawnSync('node', [...flags, probe, resolve(bundle.path)], { encoding: 'utf8', env });
    if (run.status !== 0) throw new Error(`${bundle.name}: import failed: ${run.stderr}`);
    return JSON.parse(run.stdout.trim().split('\n').at(-1));
  };
  const plain = [];
  const cpu = [];
  const maps = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const a = once([]);
    plain.push(a.ms);
    cpu.push(a.cpuMs);
    rss.push(a.rss);
    maps.push(once(['--enable-source-maps']).ms);
  }
  return { ms: median(plain), cpuMs: median(cpu), msWithSourceMaps: median(maps), rss: median(rss), runs };
}
