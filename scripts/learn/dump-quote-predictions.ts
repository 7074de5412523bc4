/**
 * Runs segment() + attribute() over a PolNeAR JSONL file and writes one prediction line per
 * article: the scorer's record (score_attribution.py PRED format) for each quote, plus the fields
 * fit-attribution-accuracy.py groups by: `pattern`, `kind`, `sourceKind` and `confidence`.
 * `precis quotes --jsonl` writes the same records without those fields.
 *
 * usage: npx tsx scripts/learn/dump-quote-predictions.ts <polnear.jsonl> <out.jsonl>
 * reads the gold file given; writes <out.jsonl> (put it under .learn/, never into ../shared).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { readArticleLines } from '../../shared/cli/jsonl';
import { documentFromText } from '../../shared/nlp/document-from-text';
import { attribute } from '../../shared/nlp/attribute/attribute';
import { toAttributionRecords } from '../../shared/nlp/quotes/attribution-record';
import { segment } from '../../shared/nlp/segment/segment';

async function main(): Promise<void> {
  const [input, output] = process.argv.slice(2);
  if (!input || !output) throw new Error('usage: dump-quote-predictions.ts <polnear.jsonl> <out.jsonl>');
  const out = createWriteStream(output);
  let articles = 0;
  for await (const article of readArticleLines(input)) {
    const attributed = attribute(segment(documentFromText(article.id, article.text)));
    const records = toAttributionRecords(attributed);
    const quotes = attributed.quotes.map((q, i) => ({
      ...records[i],
      confidence: q.confidence,
      pattern: q.pattern ?? null,
      kind: q.kind,
      sourceKind: q.sourceKind ?? null,
    }));
    if (!out.write(`${JSON.stringify({ id: article.id, quotes })}\n`)) await once(out, 'drain');
    articles++;
  }
  out.end();
  await once(out, 'finish');
  console.error(`${articles} articles -> ${output}`);
}

await main();
