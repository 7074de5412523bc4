import type { ArticleStore, BlobStore } from '../store/ports';
import { holdingSource } from './holding-source';
import { objectEventForSource } from './object-event';
import type { PipelineStarter, PipelineStartOutcome } from './pipeline-starter';

export type ReprocessResult =
  | { readonly result: 'not-found' }
  /** Another run holds the article (a batch claim, or a pipeline run younger than the stuck threshold). */
  | { readonly result: 'busy' }
  /** No upload holds the article any more: each was deleted or overwritten with other content. */
  | { readonly result: 'source-gone' }
  | { readonly result: 'started'; readonly outcome: PipelineStartOutcome };

export interface ReprocessOptions {
  readonly leaseMs: number;
  /** A PROCESSING article younger than this is left to the run that is processing it. */
  readonly processingStuckMs: number;
  readonly now?: () => Date;
}

/**
 * Re-runs one article whatever its state or version, claiming it first exactly as a batch run
 * does, from an upload that still holds it (holding-source.ts), as a batch run would.
 */
export async function reprocessArticle(
  deps: { readonly articles: ArticleStore; readonly blobs: Pick<BlobStore, 'bucket' | 'head'>; readonly starter: PipelineStarter },
  articleId: string,
  options: ReprocessOptions,
): Promise<ReprocessResult> {
  const { articles, starter } = deps;
  const article = await articles.getArticle(articleId);
  if (!article) return { result: 'not-found' };
  const now = (options.now ?? (() => new Date()))();
  if (article.status === 'PROCESSING' && Date.parse(article.updatedAt) > now.getTime() - options.processingStuckMs) return { result: 'busy' };
  const key = await holdingSource(deps, article);
  if (key === undefined) return { result: 'source-gone' };
  if (!(await articles.claimForRerun(article.id, { status: article.status, updatedAt: article.updatedAt }, options.leaseMs))) return { result: 'busy' };
  const { outcome } = await starter.start(objectEventForSource({ bucket: deps.blobs.bucket, key }));
  return { result: 'started', outcome };
}
