// The NLP measurements, run in a child process of scripts/bench.mjs (bundled by esbuild like the
// Lambdas are). Modes: throughput | scaling | e2e | peers | peer-quotes. Prints one JSON line.
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { attribute } from '../../shared/nlp/attribute/attribute';
import { decode } from '../../shared/nlp/decode/decode';
import { DecodeError } from '../../shared/nlp/decode/decode-error';
import { segment } from '../../shared/nlp/segment/segment';
import { summarize } from '../../shared/nlp/summarize/summarize';
import type { Document } from '../../shared/nlp/types';
import { type Article, paragraphsOf, readCorpus, textOfLength } from './corpus';
import { median, percentile } from './stats.mjs';

const [mode = 'throughput', corpusPath = '', ...rest] = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const hit = rest.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
};
const now = () => performance.now();
const MB = 1e6;

function decoded(article: Pick<Article, 'bytes' | 'name'>): Document {
  const document = decode(article.bytes, article.name);
  if (document instanceof DecodeError) throw new Error(`${article.name}: ${document.message}`);
  return document;
}

const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * Articles a pass takes through the stages together. A Lambda holds one article's intermediate
 * results; a pass that ran each stage over the whole corpus before the next held all 840
 * articles' segments and quotes (hundreds of MB), and V8's concurrent marking of that heap, on
 * other threads, was billed to whichever stage was running: segment's CPU time read 50% above
 * its wall time. A batch keeps the heap near a Lambda's while each stage still runs on its own
 * over many articles.
 */
const PASS_BATCH = 40;

/**
 * One pass over the corpus, PASS_BATCH articles at a time, one stage at a time over each batch
 * (so process CPU time, which is a syscall, is read only at stage boundaries): per article and
 * stage the wall ms, per stage the process CPU ms. The machine is shared, so wall time also holds
 * other people's work.
 */
function pass(articles: readonly Article[]) {
  const n = articles.length;
  const wall = new Float64Array(n * 4);
  const cpu = [0, 0, 0, 0];
  let sink = 0;
  for (let from = 0; from < n; from += PASS_BATCH) {
    const timed = <I, O>(stage: number, inputs: readonly I[], fn: (input: I) => O): O[] => {
      const c0 = cpuNow();
      const outputs = inputs.map((input, i) => {
        const t0 = now();
        const output = fn(input);
        wall[(from + i) * 4 + stage] = now() - t0;
        return output;
      });
      cpu[stage]! += cpuNow() - c0;
      return outputs;
    };
    const documents = timed(0, articles.slice(from, from + PASS_BATCH), decoded);
    const segmented = timed(1, documents, segment);
    const attributed = timed(2, segmented, attribute);
    sink += timed(3, attributed, (a) => summarize(a)).length;
  }
  return { wall, cpu, sink };
}

/** Article by article, all four stages: the workload profiled with --cpu-prof. */
function passPerArticle(articles: readonly Article[]): number {
  let sink = 0;
  for (const article of articles) sink += summarize(attribute(segment(decoded(article)))).sentences.length;
  return sink;
}

function throughput() {
  const articles = readCorpus(corpusPath);
  const reps = option('reps', 5);
  const bytes = articles.reduce((n, a) => n + a.bytes.byteLength, 0);
  pass(articles); // warm-up: JIT and lazily built tables
  const stages = ['decode', 'segment', 'attribute', 'summarize', 'endToEnd'] as const;
  // The first `reps` passes after the warm-up are "early": V8 is still optimizing (on a busy
  // machine its compiler threads get little time) and the word-form cache is still filling.
  // The next `reps` are the steady state a warm Lambda or a long batch run sees, as in the peers
  // section; both are reported.
  const measure = () => {
    const totals = { wall: stages.map(() => [] as number[]), cpu: stages.map(() => [] as number[]) };
    const perArticle = articles.map(() => [] as number[]);
    for (let r = 0; r < reps; r++) {
      const { wall, cpu } = pass(articles);
      const sums = [0, 0, 0, 0, 0];
      articles.forEach((_, i) => {
        let e2e = 0;
        for (let s = 0; s < 4; s++) {
          sums[s]! += wall[i * 4 + s]!;
          e2e += wall[i * 4 + s]!;
        }
        sums[4]! += e2e;
        perArticle[i]!.push(e2e);
      });
      sums.forEach((ms, s) => totals.wall[s]!.push(ms));
      [...cpu, cpu.reduce((x, y) => x + y, 0)].forEach((ms, s) => totals.cpu[s]!.push(ms));
    }
    const clock = (which: 'wall' | 'cpu') =>
      Object.fromEntries(
        stages.map((stage, s) => {
          const ms = median(totals[which][s]!);
          return [stage, { ms, mbPerSecond: bytes / MB / (ms / 1000), msPerArticle: ms / articles.length }];
        }),
      );
    return { wall: clock('wall'), cpu: clock('cpu'), articleMs: perArticle.map((runs) => median(runs)) };
  };
  const early = measure();
  const steady = measure();
  const result = {
    articles: articles.length,
    bytes,
    reps,
    wall: steady.wall,
    cpu: steady.cpu,
    early: { wall: early.wall, cpu: early.cpu },
    // Per article, end to end, the median of its `reps` steady-state wall times.
    p50: percentile(steady.articleMs, 50),
    p99: percentile(steady.articleMs, 99),
    max: Math.max(...steady.articleMs),
  };
  console.log(JSON.stringify(result));
}

function scaling() {
  const articles = readCorpus(corpusPath);
  const paragraphs = paragraphsOf(articles);
  const sizesKb = [1, 4, 16, 64, 256, 1024];
  const capMs = option('cap', 30_000);
  const budgetMs = option('budget', 1500);
  const cpuTimes: number[] = [];
  // Process CPU time is read around each run: a syscall, negligible against a run of ≥ 1 KB.
  const run = (text: string) => {
    const c0 = cpuNow();
    const t0 = now();
    summarize(attribute(segment(decoded({ bytes: Buffer.from(text), name: 'long.txt' }))));
    cpuTimes.push(cpuNow() - c0);
    return now() - t0;
  };
  // Warm-up on real articles.
  for (const a of articles.slice(0, 200)) run(a.text);
  const rows = [];
  for (const kb of sizesKb) {
    // Three texts per size, each starting at a different place in the corpus.
    const texts = [0, 1, 2].map((v) => textOfLength(paragraphs, kb * 1024, Math.floor((v * paragraphs.length) / 3)));
    const times: number[] = [];
    cpuTimes.length = 0;
    const started = now();
    let stopped = false;
    do {
      for (const text of texts) {
        const ms = run(text);
        times.push(ms);
        if (ms > capMs) stopped = true;
      }
    } while (!stopped && (times.length < 6 || now() - started < budgetMs) && times.length < 600);
    const actualKb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / texts.length / 1024;
    const ms = median(times);
    const cpuMs = median(cpuTimes);
    rows.push({ kb, actualKb, runs: times.length, ms, msPerKb: ms / actualKb, cpuMs, cpuMsPerKb: cpuMs / actualKb });
    if (stopped) break;
  }
  console.log(JSON.stringify({ rows, sizesKb }));
}

/** End to end over the corpus `reps` times: the workload profiled with --cpu-prof. */
function e2e() {
  const articles = readCorpus(corpusPath);
  const reps = option('reps', 3);
  const t0 = now();
  let sink = 0;
  for (let r = 0; r < reps; r++) sink += passPerArticle(articles);
  console.log(JSON.stringify({ ms: now() - t0, sink }));
}

/**
 * Ours, compromise and wink-nlp on the same articles, interleaved: one warm-up pass, then
 * 2 × `reps` passes of each. The first `reps` are reported as "early" (JIT still tiering up,
 * our word-form cache still filling), the last `reps` as the steady state a warm Lambda or a
 * long batch run sees.
 */
function peers() {
  const articles = readCorpus(corpusPath, option('limit', Infinity));
  const reps = option('reps', 3);
  const bytes = articles.reduce((n, a) => n + a.bytes.byteLength, 0);
  const wink = winkNLP(model);
  let sink = 0;
  const tools: Record<string, () => void> = {
    'precis end to end': () => {
      for (const a of articles) sink += summarize(attribute(segment(decoded(a)))).sentences.length;
    },
    'precis decode + segment': () => {
      for (const a of articles) sink += segment(decoded(a)).sentences.length;
    },
    'compromise sentences + quotations': () => {
      for (const a of articles) {
        const doc = nlp(a.text);
        sink += doc.sentences().length + doc.quotations().json({ offset: true }).length;
      }
    },
    'wink-nlp sentences': () => {
      for (const a of articles) sink += wink.readDoc(a.text).sentences().out().length;
    },
  };
  const times: Record<string, { wall: number[]; cpu: number[] }> = Object.fromEntries(Object.keys(tools).map((k) => [k, { wall: [], cpu: [] }]));
  for (const fn of Object.values(tools)) fn(); // warm-up
  for (let r = 0; r < 2 * reps; r++)
    for (const [name, fn] of Object.entries(tools)) {
      const c0 = cpuNow();
      const t0 = now();
      fn();
      times[name]!.wall.push(now() - t0);
      times[name]!.cpu.push(cpuNow() - c0);
    }
  const summary = (from: number) =>
    Object.fromEntries(
      Object.entries(times).map(([name, t]) => {
        const [wall, cpu] = [t.wall.slice(from, from + reps), t.cpu.slice(from, from + reps)];
        return [name, { ms: median(wall), cpuMs: median(cpu), mbPerSecond: bytes / MB / (median(wall) / 1000), cpuMbPerSecond: bytes / MB / (median(cpu) / 1000) }];
      }),
    );
  console.log(JSON.stringify({ articles: articles.length, bytes, reps, tools: summary(reps), early: summary(0), sink }));
}

const QUOTE_MARKS = /^[\s"'“”‘’«»„‟]+|[\s"'“”‘’«»„‟]+$/g;

/**
 * compromise's quotations as score_attribution.py predictions. Its offsets are checked against
 * the text; where they do not match, the quotation's text is searched for after the previous one.
 */
function peerQuotes() {
  const out = rest.find((a) => !a.startsWith('--'));
  if (!out) throw new Error('peer-quotes needs an output path');
  const lines: string[] = [];
  let mapped = 0;
  let searched = 0;
  let lost = 0;
  for (const article of readCorpus(corpusPath)) {
    const { text } = article;
    const quotes = [];
    let cursor = 0;
    for (const q of nlp(text).quotations().json({ offset: true }) as { text: string; offset?: { start: number; length: number } }[]) {
      const raw = q.text.trim();
      let start = -1;
      if (q.offset && text.slice(q.offset.start, q.offset.start + q.offset.length).trim() === raw) {
        start = q.offset.start + text.slice(q.offset.start).indexOf(raw);
        mapped++;
      } else {
        start = text.indexOf(raw, cursor);
        if (start < 0) start = text.indexOf(raw);
        if (start >= 0) searched++;
      }
      if (start < 0) {
        lost++;
        continue;
      }
      // The content without its quote marks, as the gold spans (and ours) have it.
      const inner = raw.replace(QUOTE_MARKS, '');
      const innerStart = start + raw.indexOf(inner);
      cursor = start + raw.length;
      if (inner.length === 0) continue;
      quotes.push({ content: { start: innerStart, end: innerStart + inner.length }, source: null, cue: null, speaker: null });
    }
    lines.push(JSON.stringify({ id: article.id, quotes }));
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(JSON.stringify({ mapped, searched, lost }));
}

const modes: Record<string, () => void> = { throughput, scaling, e2e, peers, 'peer-quotes': peerQuotes };
const chosen = modes[mode];
if (!chosen) throw new Error(`unknown mode ${mode}`);
chosen();
