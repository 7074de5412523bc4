#!/usr/bin/env node
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/precis.mjs', import.meta.url);
if (!existsSync(bundle)) {
  console.error('precis: not built yet; run `npm run build` (npm install does it for you)');
  process.exit(1);
}
process.setSourceMapsEnabled(true);
await import(bundle.href);
