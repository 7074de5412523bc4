/**
 * Runs at most `limit` tasks at once. `run` resolves as soon as the task has a slot (not when it
 * ends), so a producer that awaits it reads no further ahead than the free slots allow: memory
 * stays flat however long the work list is. Tasks must handle their own errors.
 */
export class ConcurrencyLimit {
  private running = 0;
  private readonly slotWaiters: (() => void)[] = [];
  private readonly drainWaiters: (() => void)[] = [];

  constructor(private readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be a positive integer, not ${limit}`);
  }

  async run(task: () => Promise<void>): Promise<void> {
    while (this.running >= this.limit) await new Promise<void>((resolve) => this.slotWaiters.push(resolve));
    this.running++;
    void task().finally(() => {
      this.running--;
      this.slotWaiters.shift()?.();
      if (this.running === 0) for (const resolve of this.drainWaiters.splice(0)) resolve();
    });
  }

  /** Resolves when every task started so far has ended. */
  drain(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.drainWaiters.push(resolve));
  }
}
