import type { z } from 'zod';
import { composeFromEnvironment, once } from './compose';
import type { PipelineDeps } from './pipeline-deps';

const deps = once(() => composeFromEnvironment());

/** A Lambda handler for one stage: validate the event at the boundary, then run the stage on the ports. */
export function stageHandler<Schema extends z.ZodType, Result>(schema: Schema, run: (deps: PipelineDeps, input: z.infer<Schema>) => Promise<Result>) {
  return async (event: unknown): Promise<Result> => run(deps(), schema.parse(event));
}
