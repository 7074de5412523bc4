import type { SourceRef } from '../../store/article-record';
import type { StoragePorts } from '../pipeline-deps';
import type { ObjectEvent } from '../stage-messages';
import { removeBlobsIfLastHolder } from './source-checks';

/** The source object is gone: so is its article (quotes, text, artifacts) unless another upload holds the same content. */
export async function runDelete(deps: StoragePorts, event: ObjectEvent): Promise<{ articleId: string | null; articleDeleted: boolean }> {
  const source: SourceRef = { bucket: event.detail.bucket.name, key: event.detail.object.key };
  // A late delete of a key that was uploaded again meanwhile must not take the new upload's record.
  if (await deps.blobs.head(source.key)) return { articleId: null, articleDeleted: false };
  const articleId = await deps.articles.articleIdForSource(source);
  if (!articleId) return { articleId: null, articleDeleted: false };
  // Blobs first, records last: every step is idempotent, and a retry still finds the SOURCE item.
  await removeBlobsIfLastHolder(deps, articleId, source);
  return (await deps.articles.removeSource(source)) ?? { articleId, articleDeleted: false };
}
