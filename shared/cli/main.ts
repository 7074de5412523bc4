import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../nlp/analyze';
import { attribute } from '../nlp/attribute/attribute';
import { DEFAULT_MAX_BYTES } from '../nlp/decode/limits';
import { DecodeError } from '../nlp/decode/decode-error';
import { segment } from '../nlp/segment/segment';
import { lead, textRank } from '../nlp/summarize/baselines';
import { summarize } from '../nlp/summarize/summarize';
import type { Segmented, Summary } from '../nlp/types';
import { PIPELINE_VERSION } from '../pipeline/pipeline-version';
import { documentFromText } from '../nlp/document-from-text';
import { readArticleLines, writeLine } from './jsonl';
import { toQuotePredictions } from './quote-predictions';
import { formatReport } from './report';
import { UsageError } from './usage-error';

const USAGE = `precis ${PIPELINE_VERSION}: news articles in, structured summaries out

usage:
  precis start [--fresh] [--port N]          the local stack: watches ./inbox/, serves the API
  precis batch [--dry-run] [--status pending|failed|outdated] [--limit N]
                                             re-runs lost, stuck, failed and outdated articles now
  precis reprocess <articleId>               re-runs one article
  precis summarize <file> [--json] [--sentences K]
  precis summarize --jsonl <in.jsonl> [--sentences K | --ratio R] [--method precis|lead|textrank]
  precis quotes --jsonl <in.jsonl>
  precis --version`;

/** The repo (or installed package) root, whether we run bundled from dist/ or from source. */
const packageRoot = (): string => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!statSync(join(dir, 'package.json'), { throwIfNoEntry: false })) dir = dirname(dir);
  return dir;
};

const positiveInteger = (value: string | undefined, flag: string): number | undefined => {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${flag} must be a positive integer, not "${value}"`);
  return number;
};

function summarizeFile(path: string, asJson: boolean, sentences: number | undefined): void {
  let bytes: Uint8Array;
  try {
    const size = statSync(path).size;
    // Refuse before reading it whole.
    if (size > DEFAULT_MAX_BYTES) throw new UsageError(`${path}: too-large: ${size} bytes is over the ${DEFAULT_MAX_BYTES}-byte limit`);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
  }
  const analysis = analyze(bytes, basename(path), sentences ? { sentences } : {});
  if (analysis instanceof DecodeError) throw new UsageError(`${path}: ${analysis.code}: ${analysis.message.replace(`${basename(path)}: `, '')}`);
  if (!asJson) return void console.log(formatReport(basename(path), analysis));
  const { attributed, summary } = analysis;
  const { document, paragraphs, sentences: allSentences } = attributed.segmented;
  console.log(
    JSON.stringify(
      {
        name: document.name,
        title: document.title,
        pipelineVersion: PIPELINE_VERSION,
        text: document.text,
        stats: { characters: document.text.length, paragraphs: paragraphs.length, sentences: allSentences.length, quotes: attributed.quotes.length, speakers: attributed.speakers.length },
        summary: { sentences: summary.sentences, keyPoints: summary.keyPoints },
        speakers: summary.speakers,
        quotes: attributed.quotes.map((q) => ({ text: q.text, start: q.start, end: q.end, kind: q.kind, speaker: q.speaker, cue: q.cue, source: q.source, confidence: q.confidence })),
      },
      null,
      2,
    ),
  );
}

const METHODS = ['precis', 'lead', 'textrank'] as const;
type Method = (typeof METHODS)[number];

/** Ours, or one of the baselines the evaluation prints beside it, on the same sentences. */
function summaryOf(method: Method, segmented: Segmented, k: number | undefined): Pick<Summary, 'sentences' | 'keyPoints'> {
  const { text } = segmented.document;
  if (method === 'precis') return summarize(attribute(segmented), k ? { sentences: k } : {});
  const chosen = method === 'lead' ? lead(segmented.sentences, k ?? 3).map((s) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) })) : textRank(text, segmented.sentences, k ?? 3);
  return { sentences: chosen, keyPoints: [] };
}

async function summarizeJsonl(path: string, method: Method, sentences: number | undefined, ratio: number | undefined): Promise<void> {
  for await (const article of readArticleLines(path)) {
    const segmented = segment(documentFromText(article.id, article.text, article.title ?? null));
    const k = ratio ? Math.max(1, Math.round(ratio * segmented.sentences.length)) : sentences;
    const summary = summaryOf(method, segmented, k);
    await writeLine({
      id: article.id,
      summary: summary.sentences.map((s) => s.text).join('\n'),
      sentences: summary.sentences.map(({ start, end }) => ({ start, end })),
      keyPoints: summary.keyPoints,
    });
  }
}

async function quotesJsonl(path: string): Promise<void> {
  for await (const article of readArticleLines(path)) {
    const attributed = attribute(segment(documentFromText(article.id, article.text)));
    await writeLine({ id: article.id, quotes: toQuotePredictions(attributed) });
  }
}

async function start(fresh: boolean, port: number): Promise<void> {
  const { startLocalStack } = await import('../local/local-stack');
  const root = process.cwd();
  const inboxDir = join(root, 'inbox');
  const log = (line: string) => console.log(`${new Date().toISOString().slice(11, 19)} ${line}`);
  log('starting DynamoDB Local and the S3 server on 127.0.0.1 …');
  const stack = await startLocalStack({ dataDir: join(root, '.precis'), inboxDir, port, fresh, exampleArticle: join(packageRoot(), 'examples', 'alaska-summit.txt'), log });
  log(`precis ${PIPELINE_VERSION} is running`);
  console.log(`
  Drop .txt, .md or .html files into   ${inboxDir}/
  Read API                             ${stack.apiUrl}/articles
  Try                                  curl ${stack.apiUrl}/articles/<id>
  (DynamoDB Local ${stack.dynamoEndpoint}, S3 ${stack.s3Endpoint}; Ctrl-C stops everything)
`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping …');
    await stack.stop();
    log('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  await stack.idle();
  const listing = (await (await fetch(`${stack.apiUrl}/articles?limit=1`)).json()) as { items: { id: string }[] };
  const newestId = listing.items[0]?.id;
  const newest = newestId ? ((await (await fetch(`${stack.apiUrl}/articles/${newestId}`)).json()) as { id: string; status: string; summary: { sentences: { text: string }[] } | null }) : undefined;
  if (newest?.summary) {
    console.log(`\n  Newest article ${newest.id} (${newest.status}):`);
    for (const s of newest.summary.sentences) console.log(`   • ${s.text}`);
    console.log(`\n  curl ${stack.apiUrl}/articles/${newest.id}\n`);
  }
}

function parseMethod(value: string | undefined): Method {
  if (value === undefined) return 'precis';
  if ((METHODS as readonly string[]).includes(value)) return value as Method;
  throw new UsageError(`--method must be one of ${METHODS.join(', ')}, not "${value}"`);
}

export async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'string' },
      sentences: { type: 'string' },
      ratio: { type: 'string' },
      method: { type: 'string' },
      fresh: { type: 'boolean' },
      port: { type: 'string' },
      'dry-run': { type: 'boolean' },
      status: { type: 'string' },
      limit: { type: 'string' },
      version: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.version) return void console.log(PIPELINE_VERSION), 0;
  if (values.help || !command) return void console.log(USAGE), command || values.help ? 0 : 2;
  const sentences = positiveInteger(values.sentences, '--sentences');
  const ratio = values.ratio === undefined ? undefined : Number(values.ratio);
  if (ratio !== undefined && !(ratio > 0 && ratio <= 1)) throw new UsageError(`--ratio must be in (0, 1], not "${values.ratio}"`);
  switch (command) {
    case 'summarize':
      if (values.jsonl) await summarizeJsonl(values.jsonl, parseMethod(values.method), sentences, ratio);
      else if (rest[0]) summarizeFile(rest[0], Boolean(values.json), sentences);
      else throw new UsageError('summarize needs a file, or --jsonl <in.jsonl>');
      return 0;
    case 'quotes':
      if (!values.jsonl) throw new UsageError('quotes needs --jsonl <in.jsonl>');
      await quotesJsonl(values.jsonl);
      return 0;
    case 'start':
      await start(Boolean(values.fresh), positiveInteger(values.port, '--port') ?? Number(process.env.PORT ?? 8787));
      return 0;
    case 'batch': {
      const { batchCommand } = await import('./batch-command');
      await batchCommand({ dryRun: Boolean(values['dry-run']), status: values.status, limit: positiveInteger(values.limit, '--limit') });
      return 0;
    }
    case 'reprocess': {
      if (!rest[0]) throw new UsageError('reprocess needs an article id');
      const { reprocessCommand } = await import('./reprocess-command');
      await reprocessCommand(rest[0]);
      return 0;
    }
    default:
      throw new UsageError(`unknown command "${command}"\n${USAGE}`);
  }
}

export function run(): void {
  main(process.argv.slice(2)).then(
    (code) => {
      if (code !== 0) process.exitCode = code;
    },
    (error: unknown) => {
      const message = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (error as Error).message : `unexpected error: ${(error as Error).message ?? String(error)}`;
      console.error(`precis: ${message}`);
      process.exitCode = 1;
    },
  );
}
