import type { ArticleStore } from '../store/ports';
import { objectEventForSource } from './object-event';
import type { PipelineStarter, PipelineStartOutcome } from './pipeline-starter';

export type ReprocessResult =
  | { readonly result: 'not-found' }
  /** Another run holds the article (a batch claim, or a pipeline run younger than the stuck threshold). */
  | { readonly result: 'busy' }
  | { readonly result: 'started'; readonly outcome: PipelineStartOutcome };

export interface ReprocessOptions {
  readonly leaseMs: number;
  /** A PROCESSING article younger than this is left to the run that is processing it. */
  readonly processingStuckMs: number;
  readonly now?: () => Date;
}

/** Re-runs one article whatever its state or version, claiming it first exactly as a batch run does. */
export async function reprocessArticle(articles: ArticleStore, starter: PipelineStarter, articleId: string, options: ReprocessOptions): Promise<ReprocessResult> {
  const article = await articles.getArticle(articleId);
  if (!article) return { result: 'not-found' };
  const now = (options.now ?? (() => new Date()))();
  if (article.status === 'PROCESSING' && Date.parse(article.updatedAt) > now.getTime() - options.processingStuckMs) return { result: 'busy' };
  if (!(await articles.claimForRerun(article.id, { status: article.status, updatedAt: article.updatedAt }, options.leaseMs))) return { result: 'busy' };
  const { outcome } = await starter.start(objectEventForSource(article.source));
  return { result: 'started', outcome };
}
