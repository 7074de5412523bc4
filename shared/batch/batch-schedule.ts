import * as z from 'zod/mini';

export const batchScheduleEnvironmentSchema = z.object({
  /** Local mode's stand-in for the EventBridge schedule; 0 turns it off. */
  BATCH_INTERVAL_SECONDS: z._default(z.coerce.number().check(z.int(), z.nonnegative()), 600),
});

export interface BatchSchedule {
  /** Stops the timer and waits for a run in progress to end. */
  stop(): Promise<void>;
}

/**
 * Runs `runOnce` every `everyMs`, as the schedule does in AWS. A tick that comes while the last
 * run is still going is dropped rather than queued: runs never pile up behind a slow one.
 */
export function scheduleBatches(runOnce: () => Promise<unknown>, everyMs: number, onError: (error: unknown) => void = (error) => console.error(error)): BatchSchedule {
  if (everyMs <= 0) return { stop: async () => undefined };
  let running: Promise<void> | undefined;
  const timer = setInterval(() => {
    if (running) return;
    running = runOnce()
      .then(() => undefined, onError)
      .finally(() => (running = undefined));
  }, everyMs);
  // The schedule alone does not keep a process alive.
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
