import { SFNClient, StartExecutionCommand } from '../aws/client-sfn';
import type { ObjectEvent } from '../pipeline/stage-messages';
import type { PipelineStarter, PipelineStartOutcome } from './pipeline-starter';

export interface StepFunctionsPipelineStarterOptions {
  readonly stateMachineArn: string;
  /** Tests inject a client; otherwise one is built from the environment. */
  readonly client?: SFNClient;
}

/**
 * AWS's pipeline: one StartExecution of the Express state machine per article, with the same
 * input the EventBridge rule sends for an upload. Express executions run asynchronously to this
 * call, so the outcome is STARTED; the article record says later how it ended.
 */
export class StepFunctionsPipelineStarter implements PipelineStarter {
  private readonly client: SFNClient;
  private readonly stateMachineArn: string;

  constructor(options: StepFunctionsPipelineStarterOptions) {
    this.stateMachineArn = options.stateMachineArn;
    this.client = options.client ?? new SFNClient({});
  }

  async start(objectEvent: ObjectEvent): Promise<{ outcome: PipelineStartOutcome }> {
    // Exactly the upload's event and nothing more: on a failure the Catch hands this input to mark-failed, which reads `source` as an article source.
    // No execution name: Express executions are not de-duplicated by name anyway; the claim is what prevents a second start.
    await this.client.send(new StartExecutionCommand({ stateMachineArn: this.stateMachineArn, input: JSON.stringify(objectEvent) }));
    return { outcome: 'STARTED' };
  }
}
