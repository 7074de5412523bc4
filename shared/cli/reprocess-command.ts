import { join } from 'node:path';
import { LocalStackBusyError, openLocalBatchSession } from '../batch/local-batch-session';
import { reprocessArticle } from '../batch/reprocess-article';
import { UsageError } from './usage-error';

/** `precis reprocess <articleId>`: one article through the pipeline again, whatever its state or version. */
export async function reprocessCommand(articleId: string, options: { readonly dataDir?: string; readonly apiPort?: number } = {}): Promise<void> {
  if (!/^[0-9a-f]{32}$/.test(articleId)) throw new UsageError(`"${articleId}" is not an article id (32 hex digits)`);
  let session;
  try {
    session = await openLocalBatchSession({ dataDir: options.dataDir ?? join(process.cwd(), '.precis'), apiPort: options.apiPort ?? Number(process.env.PORT ?? 8787) });
  } catch (error) {
    if (error instanceof LocalStackBusyError) throw new UsageError(error.message);
    throw error;
  }
  try {
    const { articles, starter } = session.deps;
    const reprocessed = await reprocessArticle(articles, starter, articleId, { leaseMs: session.settings.leaseMs, processingStuckMs: session.settings.processingStuckMs });
    if (reprocessed.result === 'not-found') throw new UsageError(`no article ${articleId}`);
    if (reprocessed.result === 'busy') throw new UsageError(`article ${articleId} is being processed right now; try again when it is done`);
    const article = await articles.getArticle(articleId);
    console.log(`article ${articleId}: ${reprocessed.outcome}${article ? ` (now ${article.status}, pipeline ${article.pipelineVersion}${article.error ? `, ${article.error.code}: ${article.error.message}` : ''})` : ''}`);
  } finally {
    await session.close();
  }
}
