import type { StageReference, StageResult } from '../pipeline/stage-messages';

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

/**
 * What the Express state machine does in AWS, in process: the three stage handlers in order,
 * each given the previous one's output, and on any failure the mark-failed handler with the
 * failed state's input plus `error` (the Catch's `ResultPath: $.error`).
 */
export async function runStateMachine(handlers: StageHandlers, objectEvent: unknown): Promise<RunOutcome> {
  const started = performance.now();
  let input: unknown = objectEvent;
  try {
    const segmented = await handlers.segment(input);
    input = segmented;
    const attributed = await handlers.attribute(input);
    input = attributed;
    const result = await handlers.summarize(input);
    return { ...result, milliseconds: performance.now() - started };
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught));
    const cause = JSON.stringify({ errorType: error.name, errorMessage: error.message });
    const failed = await handlers.markFailed({ ...(input as object), error: { Error: error.name, Cause: cause } });
    return { ...failed, error: { type: error.name, message: error.message }, milliseconds: performance.now() - started };
  }
}
