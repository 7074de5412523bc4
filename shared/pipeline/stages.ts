import { attribute } from '../nlp/attribute/attribute';
import { decode } from '../nlp/decode/decode';
import { DecodeError } from '../nlp/decode/decode-error';
import { segment } from '../nlp/segment/segment';
import { summarize } from '../nlp/summarize/summarize';
import type { Attributed, Segmented } from '../nlp/types';
import type { SourceRef } from '../store/article-record';
import { BUCKET } from '../store/table-definition';
import { articleIdFor } from './article-id';
import { metrics, MetricUnit } from './observability';
import { BadInputError } from './bad-input-error';
import { SourceGoneError } from './source-gone-error';
import type { PipelineDeps } from './pipeline-deps';
import { PIPELINE_VERSION } from './pipeline-version';
import { toQuoteRecords } from './quote-records';
import type { FailureInput, ObjectEvent, StageReference, StageResult } from './stage-messages';

const artifactKey = (articleId: string, stage: string) => `${BUCKET.artifactsPrefix}${articleId}/${stage}.json`;
const baseName = (key: string) => key.slice(key.lastIndexOf('/') + 1);

const textKey = (articleId: string) => `${BUCKET.articlesPrefix}${articleId}/text.txt`;

async function readArtifact<T>(deps: PipelineDeps, key: string): Promise<T> {
  const stored = await deps.blobs.get(key);
  if (!stored) throw new Error(`artifact ${key} is missing`);
  return JSON.parse(new TextDecoder().decode(stored.bytes)) as T;
}

async function writeArtifact(deps: PipelineDeps, key: string, value: unknown): Promise<void> {
  await deps.blobs.put(key, JSON.stringify(value), 'application/json');
}

async function refuse(deps: PipelineDeps, id: string, source: SourceRef, error: DecodeError): Promise<never> {
  await deps.articles.markFailed(id, source, { code: error.code, message: error.message, retryable: false }, PIPELINE_VERSION);
  metrics.addMetric('ArticlesFailed', MetricUnit.Count, 1);
  await deps.events.publish('ArticleFailed', { articleId: id, source, code: error.code });
  throw new BadInputError(error.code, error.message, id);
}

/** Stage 1: read the upload, decode it, give it its content id, split it. */
export async function runSegment(deps: PipelineDeps, event: ObjectEvent): Promise<StageReference> {
  const { bucket, object } = event.detail;
  const source: SourceRef = { bucket: bucket.name, key: object.key, ...(object.etag ? { etag: object.etag } : {}), ...(object.size !== undefined ? { size: object.size } : {}) };
  const name = baseName(object.key);
  // Refuse an oversized upload from its announced size, before reading it whole.
  if (object.size !== undefined && object.size > deps.maxBytes) {
    await refuse(deps, articleIdFor(`${bucket.name}/${object.key}#${object.etag ?? ''}`), source, new DecodeError('too-large', `${name}: ${object.size} bytes is over the ${deps.maxBytes}-byte limit`));
  }
  const stored = await deps.blobs.get(object.key);
  if (!stored) throw new SourceGoneError(`${object.key} was deleted before it could be read`);
  const { bytes, etag } = stored;
  const sourceWithSize: SourceRef = { ...source, size: bytes.byteLength, ...(etag ? { etag } : {}) };
  const document = decode(bytes, name, { maxBytes: deps.maxBytes });
  if (document instanceof DecodeError) return refuse(deps, articleIdFor(bytes), sourceWithSize, document);
  const articleId = articleIdFor(document.text);
  const { runId } = await deps.articles.startProcessing({ id: articleId, title: document.title, source: sourceWithSize, pipelineVersion: PIPELINE_VERSION });
  // The text every offset points into, kept for as long as the article (artifacts expire).
  await deps.blobs.put(textKey(articleId), document.text, 'text/plain; charset=utf-8');
  const key = artifactKey(articleId, 'segment');
  await writeArtifact(deps, key, segment(document));
  return { articleId, runId, source: sourceWithSize, artifactKey: key };
}

/** Stage 2: who said what. */
export async function runAttribute(deps: PipelineDeps, reference: StageReference): Promise<StageReference> {
  const segmented = await readArtifact<Segmented>(deps, reference.artifactKey);
  const key = artifactKey(reference.articleId, 'attribute');
  await writeArtifact(deps, key, attribute(segmented));
  return { ...reference, artifactKey: key };
}

/** Stage 3: the summary, stored with the quotes; then tell subscribers. */
export async function runSummarize(deps: PipelineDeps, reference: StageReference): Promise<StageResult> {
  const attributed = await readArtifact<Attributed>(deps, reference.artifactKey);
  const summary = summarize(attributed);
  const { document, paragraphs, sentences } = attributed.segmented;
  const saved = await deps.articles.saveResult({
    id: reference.articleId,
    runId: reference.runId,
    title: document.title,
    pipelineVersion: PIPELINE_VERSION,
    summary,
    stats: { characters: document.text.length, paragraphs: paragraphs.length, sentences: sentences.length, quotes: attributed.quotes.length, speakers: attributed.speakers.length },
    quotes: toQuoteRecords(attributed),
  });
  if (saved === 'stale') return { articleId: reference.articleId, status: 'SUPERSEDED' };
  metrics.addMetric('ArticlesSummarized', MetricUnit.Count, 1);
  metrics.addMetric('QuotesFound', MetricUnit.Count, attributed.quotes.length);
  await deps.events.publish('ArticleSummarized', { articleId: reference.articleId, source: reference.source, pipelineVersion: PIPELINE_VERSION });
  return { articleId: reference.articleId, status: 'SUMMARIZED' };
}

interface LambdaErrorCause {
  readonly errorType?: string;
  readonly errorMessage?: string;
}

function parseCause(cause: string | undefined): LambdaErrorCause {
  try {
    return cause ? (JSON.parse(cause) as LambdaErrorCause) : {};
  } catch {
    return { errorMessage: cause };
  }
}

/** The state machine's Catch: record why the article failed, unless the stage already did. */
export async function runMarkFailed(deps: PipelineDeps, input: FailureInput): Promise<StageResult> {
  const cause = parseCause(input.error.Cause);
  const code = cause.errorType ?? input.error.Error;
  const source: SourceRef | undefined = input.source ?? (input.detail ? { bucket: input.detail.bucket.name, key: input.detail.object.key } : undefined);
  if (!source) throw new Error('failure input names neither an article source nor an object');
  const articleId = input.articleId ?? (await deps.articles.articleIdForSource(source)) ?? articleIdFor(`${source.bucket}/${source.key}`);
  // Bad input was recorded by the stage itself, with its decode code; a vanished source has nothing to record.
  if (code === 'BadInputError' || code === 'SourceGoneError') return { articleId, status: 'FAILED' };
  // Only the error's type and first line: never a stack, and nothing longer than a log line.
  const message = (cause.errorMessage ?? input.error.Error).split('\n')[0]?.slice(0, 500) ?? code;
  const saved = await deps.articles.markFailed(articleId, source, { code, message, retryable: true }, PIPELINE_VERSION, input.runId);
  if (saved === 'stale') return { articleId, status: 'SUPERSEDED' };
  metrics.addMetric('ArticlesFailed', MetricUnit.Count, 1);
  await deps.events.publish('ArticleFailed', { articleId, source, code });
  return { articleId, status: 'FAILED' };
}

/** The source object is gone: so is its article (quotes, text, artifacts) unless another upload holds the same content. */
export async function runDelete(deps: PipelineDeps, event: ObjectEvent): Promise<{ articleId: string | null; articleDeleted: boolean }> {
  const removed = await deps.articles.removeSource({ bucket: event.detail.bucket.name, key: event.detail.object.key });
  if (!removed) return { articleId: null, articleDeleted: false };
  if (removed.articleDeleted) {
    await deps.blobs.deletePrefix(`${BUCKET.artifactsPrefix}${removed.articleId}/`);
    await deps.blobs.deletePrefix(`${BUCKET.articlesPrefix}${removed.articleId}/`);
  }
  return removed;
}
