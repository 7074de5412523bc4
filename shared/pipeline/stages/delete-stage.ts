import { BUCKET } from '../../store/table-definition';
import type { PipelineDeps } from '../pipeline-deps';
import type { ObjectEvent } from '../stage-messages';

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
