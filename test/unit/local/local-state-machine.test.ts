import { describe, expect, it } from 'vitest';
import { runStateMachine, type StageHandlers } from '../../../shared/local/local-state-machine';
import type { StageReference } from '../../../shared/pipeline/stage-messages';
import { STATE_PAYLOAD_MAX_BYTES } from '../../../shared/pipeline/stages/artifacts';

const ID = 'a'.repeat(32);
const reference = (inline: Record<string, unknown>): StageReference => ({ articleId: ID, runId: 'r1', source: { bucket: 'b', key: 'incoming/a.txt' }, artifact: { inline } });

function handlers(segmentOutput: StageReference) {
  const seen: unknown[] = [];
  const failures: unknown[] = [];
  const stages: StageHandlers = {
    segment: async () => segmentOutput,
    attribute: async (input) => (seen.push(input), input as StageReference),
    summarize: async () => ({ articleId: ID, status: 'SUMMARIZED' }),
    markFailed: async (input) => (failures.push(input), { articleId: ID, status: 'FAILED', retryable: true }),
  };
  return { stages, seen, failures };
}

describe('the local state machine', () => {
  it('hands each stage the previous one’s answer as JSON, as Step Functions does', async () => {
    const { stages, seen } = handlers(reference({ when: new Date(0), gone: undefined }));
    const outcome = await runStateMachine(stages, {});
    expect(outcome.status).toBe('SUMMARIZED');
    expect(seen).toEqual([{ ...reference({ when: '1970-01-01T00:00:00.000Z' }) }]);
  });

  it('ends the run failed, without mark-failed, when an answer is over the state payload cap', async () => {
    const { stages, seen, failures } = handlers(reference({ text: 'x'.repeat(STATE_PAYLOAD_MAX_BYTES) }));
    const outcome = await runStateMachine(stages, {});
    expect(outcome).toMatchObject({ articleId: ID, status: 'FAILED', error: { type: 'States.DataLimitExceeded' } });
    expect(seen).toEqual([]);
    expect(failures).toEqual([]);
  });
});
