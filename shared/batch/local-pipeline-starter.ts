import { runStateMachine, type StageHandlers } from '../local/local-state-machine';
import type { ObjectEvent } from '../pipeline/stage-messages';
import type { PipelineStarter, PipelineStartOutcome } from './pipeline-starter';

/**
 * Local mode's pipeline: the real stage handlers run in process, in order, as the Express state
 * machine runs them in AWS. It resolves when the run has ended, so a local batch's counts of
 * succeeded and failed runs are exact.
 */
export class LocalPipelineStarter implements PipelineStarter {
  constructor(private readonly handlers: StageHandlers) {}

  async start(objectEvent: ObjectEvent): Promise<{ outcome: PipelineStartOutcome }> {
    const { status } = await runStateMachine(this.handlers, objectEvent);
    return { outcome: status };
  }
}
