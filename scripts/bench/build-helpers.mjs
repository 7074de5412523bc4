// Bundles the TypeScript bench helpers into .bench/ with esbuild, the way the Lambdas and the CLI
// are built, so they run in plain node (no loader in the measurements, readable profile names).
import { build } from 'esbuild';

export async function buildHelpers(names, outdir = '.bench/helpers') {
  await build({
    entryPoints: names.map((name) => `scripts/bench/${name}.ts`),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  return Object.fromEntries(names.map((name) => [name, `${outdir}/${name}.mjs`]));
}
