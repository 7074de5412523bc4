import type { SourceRef } from '../../store/article-record';
import { articleIdFor } from '../article-id';
import { metrics, MetricUnit } from '../observability';
import type { PipelineDeps } from '../pipeline-deps';
import { PIPELINE_VERSION } from '../pipeline-version';
import type { FailureInput, StageResult } from '../stage-messages';

interface LambdaErrorCause {
  readonly errorType?: string;
  readonly errorMessage?: string;
}

function parseCause(cause: string | undefined): LambdaErrorCause {
  try {
    return cause ? (JSON.parse(cause) as LambdaErrorCause) : {};
  } catch {
    return { errorMessage: cause };
  }
}

/** The state machine's Catch: record why the article failed, unless the stage already did. */
export async function runMarkFailed(deps: PipelineDeps, input: FailureInput): Promise<StageResult> {
  const cause = parseCause(input.error.Cause);
  const code = cause.errorType ?? input.error.Error;
  const source: SourceRef | undefined = input.source ?? (input.detail ? { bucket: input.detail.bucket.name, key: input.detail.object.key } : undefined);
  if (!source) throw new Error('failure input names neither an article source nor an object');
  const articleId = input.articleId ?? (await deps.articles.articleIdForSource(source)) ?? articleIdFor(`${source.bucket}/${source.key}`);
  // Bad input was recorded by the stage itself, with its decode code.
  if (code === 'BadInputError') return { articleId, status: 'FAILED', retryable: false };
  // A deleted or overwritten source: the delete or the newer upload won, and there is nothing to record.
  if (code === 'SourceGoneError' || code === 'SourceChangedError') return { articleId, status: 'SUPERSEDED' };
  // Only the error's type and first line: never a stack, and nothing longer than a log line.
  const message = (cause.errorMessage ?? input.error.Error).split('\n')[0]?.slice(0, 500) ?? code;
  const saved = await deps.articles.markFailed(articleId, source, { code, message, retryable: true }, PIPELINE_VERSION, input.runId);
  if (saved === 'stale') return { articleId, status: 'SUPERSEDED' };
  metrics.addMetric('ArticlesFailed', MetricUnit.Count, 1);
  await deps.events.publish('ArticleFailed', { articleId, source, code });
  return { articleId, status: 'FAILED', retryable: true };
}
