import type * as z from 'zod/mini';
import { composeFromEnvironment, once } from './compose';
import { logger, metrics, MetricUnit } from './observability';
import type { PipelineDeps } from './pipeline-deps';

const deps = once(() => composeFromEnvironment());

const articleIdOf = (value: unknown): string | undefined => {
  const id = (value as { articleId?: unknown } | null)?.articleId;
  return typeof id === 'string' ? id : undefined;
};

/** A stage's answer as logged: without an inline artifact (tens of KB per article; logs are billed per GB). */
const loggable = (result: unknown): Record<string, unknown> => {
  const answer = result as Record<string, unknown> | null;
  const artifact = answer?.artifact as { inline?: unknown } | undefined;
  if (!artifact || artifact.inline === undefined) return answer ?? {};
  return { ...answer, artifact: 'inline' };
};

/**
 * A Lambda handler for one stage: validate the event at the boundary, run the stage on the
 * ports, and log and measure it with the article id as correlation id.
 */
export function stageHandler<Schema extends z.ZodMiniType, Result>(stage: string, schema: Schema, run: (deps: PipelineDeps, input: z.infer<Schema>) => Promise<Result>) {
  return async (event: unknown): Promise<Result> => {
    const parsed = schema.safeParse(event);
    if (!parsed.success) {
      logger.error('event does not match the stage input', { stage, issues: parsed.error.issues.slice(0, 5) });
      throw new TypeError(`${stage}: event does not match the stage input`);
    }
    logger.resetKeys();
    logger.appendKeys({ stage, ...(articleIdOf(parsed.data) ? { articleId: articleIdOf(parsed.data) } : {}) });
    const started = performance.now();
    try {
      const result = await run(deps(), parsed.data);
      const articleId = articleIdOf(result);
      if (articleId) logger.appendKeys({ articleId });
      metrics.addMetric(`${stage}Latency`, MetricUnit.Milliseconds, performance.now() - started);
      logger.info('stage done', { result: loggable(result) });
      return result;
    } catch (error) {
      logger.error('stage failed', { error: error as Error });
      throw error;
    } finally {
      metrics.publishStoredMetrics();
    }
  };
}
