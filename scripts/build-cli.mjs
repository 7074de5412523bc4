// Bundles the CLI into dist/precis.mjs: one file, dependencies left in node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['shared/cli/entry.ts'],
  outfile: 'dist/precis.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
});
