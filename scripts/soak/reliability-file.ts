import { writeMarkedSection } from '../marked-sections.mjs';

const HEADER = `# precis reliability

What \`npm run soak\` checks, and what it measured the last time it ran in full.

- **Soak**: thousands of uploads in bursts through the local S3 server, whose events drive the
  real stages on DynamoDB Local and the S3 server (valid articles, exact duplicates, bad files
  of every kind, deletes, overwrites), with throttling injected at the ports, the state
  machine's retry modelled around every stage, and DynamoDB Local restarted once under load.
  Then batch runs re-run what failed, stuck or was never recorded, and the store is checked
  against what each key last held: every valid text summarized once, every bad file FAILED
  with its code, every deleted key gone, overwritten keys pointing at their new text, nothing
  left PENDING or PROCESSING, no text or quote offset corrupted.
- **Fuzzing**: fast-check inputs (news-shaped text, token soup, arbitrary strings and bytes, in
  .txt, .md and .html) through decode → segment → attribute → summarize: no throw, and every
  span inside the text, equal to its slice, in order, sentences within paragraphs, summary
  sentences real sentences.
- **Scaling**: pathological inputs of 256 KB, 512 KB and 1 MB; time per KB, and a flag when the
  time grows faster than the input.

Rerun: \`npm run soak\` (everything: on a busy two-core machine the soak manages about 3 uploads a
second, so its default 10,000 take about an hour; the million fuzz inputs about 10 minutes; the
scaling about 5), \`npm run soak -- --quick\`
(500 uploads, 20,000 fuzz runs, smaller scaling inputs; does not touch this file unless
\`--write\`), \`--uploads N\`, \`--fuzz N\`, \`--only soak|fuzz|scaling\`, \`--seed N\`; \`--help\` for the rest.
Without the npm script, \`npx tsx scripts/soak/soak.ts\` takes the same options. Sections between the markers are rewritten by each run; the rest is kept.
`;

/** Replaces one marked section of the file (or appends it), so a partial run keeps the others. */
export const writeReliabilitySection = (file: string, name: string, markdown: string): void => writeMarkedSection(file, HEADER, name, markdown);

/** A Markdown table; numbers are right-aligned. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const align = headers.map((_, i) => (rows.length > 0 && rows.every((row) => typeof row[i] === 'number') ? '---:' : '---'));
  const cell = (value: string | number) => (typeof value === 'number' ? value.toLocaleString('en-US') : value.replaceAll('|', '\\|'));
  return [`| ${headers.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}
