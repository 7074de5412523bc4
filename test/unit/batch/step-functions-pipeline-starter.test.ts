import { SFNClient, StartExecutionCommand } from '@aws-sdk/client-sfn';
import { mockClient } from 'aws-sdk-client-mock';
import { describe, expect, it } from 'vitest';
import { StepFunctionsPipelineStarter } from '../../../shared/batch/step-functions-pipeline-starter';
import { failureInputSchema, objectEventSchema } from '../../../shared/pipeline/stage-messages';

const ARN = 'arn:aws:states:eu-west-1:123456789012:stateMachine:precis-pipeline';

describe('StepFunctionsPipelineStarter', () => {
  it("starts one execution whose input is the upload's event, which every stage's schema accepts", async () => {
    const sfn = mockClient(SFNClient);
    sfn.on(StartExecutionCommand).resolves({ executionArn: `${ARN}:x`, startDate: new Date() });
    const event = { detail: { bucket: { name: 'b' }, object: { key: 'incoming/a.txt', size: 10, etag: 'e' } } };
    expect(await new StepFunctionsPipelineStarter({ stateMachineArn: ARN, client: new SFNClient({ region: 'eu-west-1' }) }).start(event)).toEqual({ outcome: 'STARTED' });
    const calls = sfn.commandCalls(StartExecutionCommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input.stateMachineArn).toBe(ARN);
    const input = JSON.parse(calls[0]?.args[0].input.input ?? '') as unknown;
    expect(input).toEqual(event);
    expect(objectEventSchema.parse(input)).toEqual(event);
    // The Catch hands the failed state's input to mark-failed: it must parse there too.
    expect(() => failureInputSchema.parse({ ...(input as object), error: { Error: 'States.Timeout' } })).not.toThrow();
    sfn.restore();
  });

  it('lets a refused start through to the caller (the batch counts it as start-failed)', async () => {
    const sfn = mockClient(SFNClient);
    sfn.on(StartExecutionCommand).rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    await expect(new StepFunctionsPipelineStarter({ stateMachineArn: ARN, client: new SFNClient({ region: 'eu-west-1' }) }).start({ detail: { bucket: { name: 'b' }, object: { key: 'k' } } })).rejects.toThrow('Rate exceeded');
    sfn.restore();
  });
});
