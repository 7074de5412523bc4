import { reprocessArticle } from '../batch/reprocess-article';
import { UsageError } from './usage-error';
import { openLocalSession } from './open-local-session';

/** `precis reprocess <articleId>`: one article through the pipeline again, whatever its state or version. */
export async function reprocessCommand(articleId: string, options: { readonly dataDir?: string; readonly apiPort?: number } = {}): Promise<void> {
  if (!/^[0-9a-f]{32}$/.test(articleId)) throw new UsageError(`"${articleId}" is not an article id (32 hex digits)`);
  const session = await openLocalSession(options);
  try {
    const { articles } = session.deps;
    const reprocessed = await reprocessArticle(session.deps, articleId, { leaseMs: session.settings.leaseMs, processingStuckMs: session.settings.processingStuckMs });
    if (reprocessed.result === 'not-found') throw new UsageError(`no article ${articleId}`);
    if (reprocessed.result === 'source-gone') throw new UsageError(`no upload holds article ${articleId} any more (each was deleted or overwritten): upload its text again to process it`);
    if (reprocessed.result === 'busy') throw new UsageError(`article ${articleId} is being processed right now; try again when it is done`);
    const article = await articles.getArticle(articleId);
    console.log(`article ${articleId}: ${reprocessed.outcome}${article ? ` (now ${article.status}, pipeline ${article.pipelineVersion}${article.error ? `, ${article.error.code}: ${article.error.message}` : ''})` : ''}`);
  } finally {
    await session.close();
  }
}
