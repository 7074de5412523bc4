// npm run eval: quotes and attribution on PolNeAR dev, summaries on CNN/DM dev and BBC, with the
// baselines scored in the same run. Prints the tables and writes them to BENCHMARKS.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSection } from './benchmarks-file.mjs';

const evalDir = process.env.PRECIS_EVAL_DIR ?? join('..', 'shared', 'eval');
const work = mkdtempSync(join(tmpdir(), 'precis-eval-'));
const only = process.argv.slice(2);
const wants = (part) => only.length === 0 || only.includes(part);

function precis(args, outFile) {
  const started = performance.now();
  const result = spawnSync('node', ['dist/precis.mjs', ...args], { maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`precis ${args.join(' ')} failed: ${result.stderr}`);
  writeFileSync(outFile, result.stdout);
  return performance.now() - started;
}
const python = (script, args) => execFileSync('python3', [join(evalDir, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
const f = (x) => x.toFixed(3);
const sections = [];

if (wants('quotes')) {
  const gold = join(evalDir, 'polnear-dev.jsonl');
  const pred = join(work, 'polnear-dev.pred.jsonl');
  const ms = precis(['quotes', '--jsonl', gold], pred);
  const table = python('score_attribution.py', [gold, pred]);
  const report = JSON.parse(python('score_attribution.py', [gold, pred, '--json']));
  const calibration = execFileSync('python3', ['scripts/calibration.py', gold, pred], { encoding: 'utf8' });
  console.log(`\nQuotes and attribution, PolNeAR dev (${Math.round(ms)} ms)\n${table}\n${calibration}`);
  const a = report.all;
  sections.push([
    'eval-quotes',
    `## Quotes and attribution — PolNeAR dev (84 articles)

\`precis quotes --jsonl polnear-dev.jsonl\` scored by \`score_attribution.py\`:

\`\`\`
${table.trim()}
\`\`\`

| figure | ours | target |
| --- | --- | --- |
| quotes F1 (all) | ${f(a.quotes.f1)} | ≥ 0.72 |
| quotes F1 (direct) | ${f(report.direct.quotes.f1)} | ≥ 0.92 |
| exact content F1 | ${f(a.exact_content.f1)} | ≥ 0.60 |
| exact cue F1 | ${f(a.exact_cue.f1)} | ≥ 0.65 |
| attribution F1 (all) | ${f(a.attribution.f1)} | ≥ 0.65 |
| attribution F1 (direct) | ${f(report.direct.attribution.f1)} | ≥ 0.88 |
| source overlap accuracy | ${f(a.source_overlap_acc)} | ≥ 0.95 |
| exact source F1 | ${f(a.exact_source.f1)} | ≥ 0.70 |

Calibration (a prediction is correct when found and its source overlaps the gold source):

\`\`\`
${calibration.trim()}
\`\`\``,
  ]);
}

function rougeRow(gold, label, args) {
  const pred = join(work, `${label.replace(/\W+/g, '-')}.jsonl`);
  precis(['summarize', '--jsonl', gold, ...args], pred);
  const { n, missing_pred: missing, scores } = JSON.parse(python('rouge.py', [gold, pred, '--json']));
  if (missing > 0) throw new Error(`${label}: ${missing} articles got no summary`);
  return { label, n, r1: scores.rouge1.f, r2: scores.rouge2.f, rl: scores.rougeLsum.f };
}

function rougeTable(title, gold, lengths) {
  const rows = lengths.flatMap(([lengthLabel, lengthArgs]) =>
    ['precis', 'lead', 'textrank'].map((method) => rougeRow(gold, `${method} ${lengthLabel}`, ['--method', method, ...lengthArgs])),
  );
  const lines = [`| method | n | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |`, `| --- | --- | --- | --- | --- |`, ...rows.map((r) => `| ${r.label} | ${r.n} | ${r.r1.toFixed(2)} | ${r.r2.toFixed(2)} | ${r.rl.toFixed(2)} |`)];
  console.log(`\n${title}\n${lines.join('\n')}`);
  return `## ${title}\n\nStemmed ROUGE F1 (\`rouge.py\`), every method on the same sentence split in the same run.\n\n${lines.join('\n')}`;
}

if (wants('cnndm')) sections.push(['eval-cnndm', rougeTable('Summaries — CNN/DailyMail dev (121 articles)', join(evalDir, 'cnndm-dev.jsonl'), [['k=3', ['--sentences', '3']]])]);
if (wants('bbc'))
  sections.push([
    'eval-bbc',
    rougeTable('Summaries — BBC News Summary (2,225 articles)', join(evalDir, 'bbc-news-summary.jsonl'), [
      ['k=3', ['--sentences', '3']],
      ['k=45%', ['--ratio', '0.45']],
    ]),
  ]);

const stamp = `_${new Date().toISOString().slice(0, 10)}, \`npm run eval\`, node ${process.version}._`;
for (const [name, markdown] of sections) writeSection(name, `${markdown}\n\n${stamp}`);
