import type { SourceRef } from '../../store/article-record';
import { sourceId } from '../../store/article-record';
import { BUCKET } from '../../store/table-definition';
import type { StoragePorts } from '../pipeline-deps';
import { SourceChangedError } from '../source-changed-error';
import { SourceGoneError } from '../source-gone-error';

/**
 * S3 events arrive late and out of order: before a run records anything for a key, the key must
 * still hold the bytes it read. Otherwise the delete or the newer upload has won, and recording
 * would point the key at text it no longer holds (or undo the newer article).
 */
export async function assertSourceStillHolds(deps: StoragePorts, key: string, expected: { readonly etag?: string; readonly size?: number }): Promise<void> {
  const current = await deps.blobs.head(key);
  if (!current) throw new SourceGoneError(`${key} was deleted while it was being processed`);
  const changed = (expected.etag && current.etag && current.etag !== expected.etag) || (expected.size !== undefined && current.size !== expected.size);
  if (changed) throw new SourceChangedError(`${key} was overwritten while it was being processed`);
}

/**
 * When `source` is the last object holding `articleId`, the article is about to go with it:
 * its text and artifacts go first, while the SOURCE item still points at the article, so a
 * retry after a failure finds the same article and finishes the job.
 */
export async function removeBlobsIfLastHolder(deps: StoragePorts, articleId: string, source: SourceRef): Promise<void> {
  const article = await deps.articles.getArticle(articleId);
  if (article && article.sources.some((held) => held !== sourceId(source))) return;
  await deps.blobs.deletePrefix(`${BUCKET.artifactsPrefix}${articleId}/`);
  await deps.blobs.deletePrefix(`${BUCKET.articlesPrefix}${articleId}/`);
}

/** Before `source` is pointed at `articleId`: the article it held until now may be losing its last object. */
export async function releasePreviousArticle(deps: StoragePorts, source: SourceRef, articleId: string): Promise<void> {
  const previous = await deps.articles.articleIdForSource(source);
  if (previous && previous !== articleId) await removeBlobsIfLastHolder(deps, previous, source);
}
