/**
 * Dumps what fit-sentence-model.py learns from: for every article of cnndm-dev and BBC News
 * Summary, the candidate sentences profileArticle() sees, their features (FEATURE_NAMES order,
 * rounded to 4 decimals) and their pairwise cosines (rounded to 3), beside the reference summary.
 *
 * usage: npx tsx scripts/learn/dump-sentence-features.ts [<eval dir>] [<out dir>]
 *   <eval dir>  default ../shared/eval (reads cnndm-dev.jsonl and bbc-news-summary.jsonl)
 *   <out dir>   default .learn/summarize; writes features-cnndm.jsonl, features-bbc.jsonl and
 *               feature-names.json there (never into ../shared)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentFromText } from '../../shared/nlp/document-from-text';
import { attribute } from '../../shared/nlp/attribute/attribute';
import { segment } from '../../shared/nlp/segment/segment';
import { FEATURE_NAMES, profileArticle } from '../../shared/nlp/summarize/sentence-features';

interface Article {
  readonly id: string;
  readonly title?: string | null;
  readonly text: string;
  readonly summary: string;
}

const SETS = { cnndm: 'cnndm-dev.jsonl', bbc: 'bbc-news-summary.jsonl' } as const;

const round = (v: number, scale: number): number => Math.round(v * scale) / scale;

const [evalDir = '../shared/eval', outDir = '.learn/summarize'] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'feature-names.json'), `${JSON.stringify(FEATURE_NAMES)}\n`);
for (const [name, file] of Object.entries(SETS)) {
  const lines = readFileSync(join(evalDir, file), 'utf8').split('\n').filter((l) => l.trim());
  const out: string[] = [];
  for (const line of lines) {
    const a = JSON.parse(line) as Article;
    const attributed = attribute(segment(documentFromText(a.id, a.text, a.title || null)));
    const profile = profileArticle(attributed);
    out.push(
      JSON.stringify({
        id: a.id,
        summary: a.summary,
        n: attributed.segmented.sentences.length,
        sentences: profile.sentences.map((s) => s.text),
        features: profile.sentences.map((s) => Array.from(s.features, (v) => round(v, 1e4))),
        similarity: profile.similarity.map((row) => Array.from(row, (v) => round(v, 1e3))),
      }),
    );
  }
  writeFileSync(join(outDir, `features-${name}.jsonl`), `${out.join('\n')}\n`);
  console.error(`${name}: ${out.length} articles -> ${join(outDir, `features-${name}.jsonl`)}`);
}
