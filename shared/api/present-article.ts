import type { ArticleListing, ArticleRecord } from '../store/article-record';

/**
 * The article as the API shows it: the summary split into its sentences and key points, the
 * speakers lifted to the top level. Storage fields (runId, sources) are left for the response
 * schema to strip.
 */
export function presentArticle(article: ArticleRecord | ArticleListing) {
  const { summary, ...rest } = 'summary' in article ? article : { ...article, summary: undefined };
  return {
    ...rest,
    stats: article.stats ?? null,
    summary: summary ? { sentences: summary.sentences, keyPoints: summary.keyPoints } : null,
    speakers: summary?.speakers ?? [],
  };
}
