// BENCHMARKS.md and RELIABILITY.md hold sections written by different runs; each run replaces
// only its own sections (between markers), so a partial run keeps the others.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export function writeMarkedSection(file, header, name, markdown) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${markdown.trim()}\n${end}`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : header;
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, next);
}
