import type { ArticleRecord } from '../store/article-record';
import type { ArticleStore, BlobStore } from '../store/ports';

/**
 * The key of an upload that still holds the article, the one that last started it first; or
 * undefined when none does. Re-running from a deleted object would fail before recording
 * anything and leave the article to be found, and started, again on every run. A key whose
 * record names another article was overwritten since (the article's `source` is where it last
 * started, not necessarily a holder now): re-running it would make that other article and leave
 * this one to be found, and started, again forever.
 */
export async function holdingSource(
  deps: { readonly blobs: Pick<BlobStore, 'bucket' | 'head'>; readonly articles: Pick<ArticleStore, 'sourcePointer'> },
  article: Pick<ArticleRecord, 'id' | 'source' | 'sources'>,
): Promise<string | undefined> {
  const bucketPrefix = `${deps.blobs.bucket}/`;
  const keys = [article.source.key, ...article.sources.filter((source) => source.startsWith(bucketPrefix)).map((source) => source.slice(bucketPrefix.length))];
  for (const key of new Set(keys)) {
    if (!(await deps.blobs.head(key))) continue;
    const recorded = await deps.articles.sourcePointer({ bucket: deps.blobs.bucket, key });
    if (recorded === undefined || recorded.articleId === article.id) return key;
  }
  return undefined;
}
