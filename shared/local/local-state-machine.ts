import type { StageReference, StageResult } from '../pipeline/stage-messages';
import { STATE_PAYLOAD_MAX_BYTES } from '../pipeline/stages/artifacts';

export interface StageHandlers {
  readonly segment: (event: unknown) => Promise<StageReference>;
  readonly attribute: (event: unknown) => Promise<StageReference>;
  readonly summarize: (event: unknown) => Promise<StageResult>;
  readonly markFailed: (event: unknown) => Promise<StageResult>;
}

export interface RunOutcome {
  readonly articleId: string;
  readonly status: StageResult['status'];
  readonly error?: { readonly type: string; readonly message: string };
  readonly milliseconds: number;
}

/** What Step Functions raises when a state's output is over its cap; no Catch on `States.ALL` catches it. */
export class StateDataLimitExceeded extends Error {
  override readonly name = 'States.DataLimitExceeded';
  constructor(
    message: string,
    readonly articleId: string,
  ) {
    super(message);
  }
}

/**
 * A state's output as the next state sees it: JSON, as Step Functions passes it (so what works
 * here in process also survives the trip in AWS), and refused over the payload cap.
 */
function asStateData<T extends { readonly articleId: string }>(state: string, output: T): T {
  const json = JSON.stringify(output);
  const bytes = Buffer.byteLength(json);
  if (bytes > STATE_PAYLOAD_MAX_BYTES) throw new StateDataLimitExceeded(`${state}: output of ${bytes} bytes is over the ${STATE_PAYLOAD_MAX_BYTES}-byte state payload cap`, output.articleId);
  return JSON.parse(json) as T;
}

/**
 * What the Express state machine does in AWS, in process: the three stage handlers in order,
 * each given the previous one's output (as JSON, under the payload cap), and on any failure the
 * mark-failed handler with the failed state's input plus `error` (the Catch's `ResultPath:
 * $.error`). An output over the cap ends the run failed without mark-failed, as in AWS.
 */
export async function runStateMachine(handlers: StageHandlers, objectEvent: unknown): Promise<RunOutcome> {
  const started = performance.now();
  let input: unknown = objectEvent;
  try {
    input = asStateData('Segment', await handlers.segment(input));
    input = asStateData('Attribute', await handlers.attribute(input));
    const result = await handlers.summarize(input);
    return { ...result, milliseconds: performance.now() - started };
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    if (error instanceof StateDataLimitExceeded) return { articleId: error.articleId, status: 'FAILED', error: { type: error.name, message: error.message }, milliseconds: performance.now() - started };
    const cause = JSON.stringify({ errorType: error.name, errorMessage: error.message });
    const failed = await handlers.markFailed({ ...(input as object), error: { Error: error.name, Cause: cause } });
    return { ...failed, error: { type: error.name, message: error.message }, milliseconds: performance.now() - started };
  }
}
