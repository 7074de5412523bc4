import { decode } from '../../nlp/decode/decode';
import { DecodeError } from '../../nlp/decode/decode-error';
import { segment } from '../../nlp/segment/segment';
import type { SourceRef } from '../../store/article-record';
import { articleIdFor } from '../article-id';
import { BadInputError } from '../bad-input-error';
import { metrics, MetricUnit } from '../observability';
import type { PipelineDeps } from '../pipeline-deps';
import { PIPELINE_VERSION } from '../pipeline-version';
import { SourceGoneError } from '../source-gone-error';
import type { ObjectEvent, StageReference } from '../stage-messages';
import { passArtifact, textKey } from './artifacts';
import { SourceChangedError } from '../source-changed-error';
import { assertSourceStillHolds, releasePreviousArticle, removeBlobsIfLastHolder } from './source-checks';

/** How often a run follows a key that keeps changing under it before it leaves the key to its newest event. */
const MAX_FOLLOWS = 3;

const baseName = (key: string) => key.slice(key.lastIndexOf('/') + 1);

async function refuse(deps: PipelineDeps, id: string, source: SourceRef, error: DecodeError): Promise<never> {
  await releasePreviousArticle(deps, source, id);
  await deps.articles.markFailed(id, source, { code: error.code, message: error.message, retryable: false }, PIPELINE_VERSION);
  metrics.addMetric('ArticlesFailed', MetricUnit.Count, 1);
  await deps.events.publish('ArticleFailed', { articleId: id, source, code: error.code });
  throw new BadInputError(error.code, error.message, id);
}

/**
 * Stage 1: read the upload, decode it, give it its content id, split it.
 *
 * S3 events arrive late and out of order, so the key is checked before and after the record is
 * written. Changed after: a newer upload may have recorded in between and lost its record to
 * ours, so the run follows the key to its current bytes (their record wins again). Gone after:
 * the delete may have found nothing to delete, so the run takes back what it recorded.
 */
export async function runSegment(deps: PipelineDeps, event: ObjectEvent, follows = 0): Promise<StageReference> {
  const { bucket, object } = event.detail;
  const source: SourceRef = { bucket: bucket.name, key: object.key, ...(object.etag ? { etag: object.etag } : {}), ...(object.size !== undefined ? { size: object.size } : {}) };
  const name = baseName(object.key);
  // Refuse an oversized upload from its announced size, before reading it whole (if the key
  // still holds that upload: a stale event must not refuse the newer file under the same key).
  if (object.size !== undefined && object.size > deps.maxBytes) {
    await assertSourceStillHolds(deps, object.key, { ...(object.etag ? { etag: object.etag } : {}), size: object.size });
    await refuse(deps, articleIdFor(`${bucket.name}/${object.key}#${object.etag ?? ''}`), source, new DecodeError('too-large', `${name}: ${object.size} bytes is over the ${deps.maxBytes}-byte limit`));
  }
  const stored = await deps.blobs.get(object.key);
  if (!stored) throw new SourceGoneError(`${object.key} was deleted before it could be read`);
  const { bytes, etag } = stored;
  const sourceWithSize: SourceRef = { ...source, size: bytes.byteLength, ...(etag ? { etag } : {}) };
  const document = decode(bytes, name, { maxBytes: deps.maxBytes });
  await assertSourceStillHolds(deps, object.key, { ...(etag ? { etag } : {}), size: bytes.byteLength });
  if (document instanceof DecodeError) return refuse(deps, articleIdFor(bytes), sourceWithSize, document);
  const articleId = articleIdFor(document.text);
  await releasePreviousArticle(deps, sourceWithSize, articleId);
  const { runId } = await deps.articles.startProcessing({ id: articleId, title: document.title, source: sourceWithSize, pipelineVersion: PIPELINE_VERSION });
  try {
    await assertSourceStillHolds(deps, object.key, { ...(etag ? { etag } : {}), size: bytes.byteLength });
  } catch (error) {
    if (error instanceof SourceChangedError && follows < MAX_FOLLOWS) return runSegment(deps, { detail: { bucket, object: { key: object.key } } }, follows + 1);
    if (error instanceof SourceGoneError) {
      await removeBlobsIfLastHolder(deps, articleId, sourceWithSize);
      await deps.articles.removeSource(sourceWithSize);
    }
    throw error;
  }
  // The text every offset points into, kept for as long as the article (artifacts expire).
  await deps.blobs.put(textKey(articleId), document.text, 'text/plain; charset=utf-8');
  return { articleId, runId, source: sourceWithSize, artifact: await passArtifact(deps, articleId, 'segment', segment(document)) };
}
