import type { ObjectEvent } from '../pipeline/stage-messages';

/**
 * What starting one pipeline run told us. In process (local mode) the run has finished by the
 * time `start` resolves, so the outcome is known; Step Functions only accepts the execution, so
 * in AWS the outcome is `STARTED` and lands in the article record later.
 */
export type PipelineStartOutcome = 'STARTED' | 'SUMMARIZED' | 'FAILED' | 'SUPERSEDED';

/** Starts one pipeline run for an object, with the same event an upload would have sent. */
export interface PipelineStarter {
  start(objectEvent: ObjectEvent): Promise<{ readonly outcome: PipelineStartOutcome }>;
}
