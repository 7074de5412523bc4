import { summarize } from '../../nlp/summarize/summarize';
import type { Attributed } from '../../nlp/types';
import { metrics, MetricUnit } from '../observability';
import type { PipelineDeps } from '../pipeline-deps';
import { PIPELINE_VERSION } from '../pipeline-version';
import { toQuoteRecords } from '../quote-records';
import type { StageReference, StageResult } from '../stage-messages';
import { takeArtifact } from './artifacts';

/** Stage 3: the summary, stored with the quotes; then tell subscribers. */
export async function runSummarize(deps: PipelineDeps, reference: StageReference): Promise<StageResult> {
  const attributed = await takeArtifact<Attributed>(deps, reference.artifact);
  const summary = summarize(attributed);
  const { document, paragraphs, sentences } = attributed.segmented;
  const saved = await deps.articles.saveResult({
    id: reference.articleId,
    runId: reference.runId,
    title: document.title,
    pipelineVersion: PIPELINE_VERSION,
    summary,
    stats: { characters: document.text.length, paragraphs: paragraphs.length, sentences: sentences.length, quotes: attributed.quotes.length, speakers: attributed.speakers.length },
    quotes: toQuoteRecords(attributed),
  });
  if (saved === 'stale') return { articleId: reference.articleId, status: 'SUPERSEDED' };
  metrics.addMetric('ArticlesSummarized', MetricUnit.Count, 1);
  metrics.addMetric('QuotesFound', MetricUnit.Count, attributed.quotes.length);
  await deps.events.publish('ArticleSummarized', { articleId: reference.articleId, source: reference.source, pipelineVersion: PIPELINE_VERSION });
  return { articleId: reference.articleId, status: 'SUMMARIZED' };
}
