/**
 * Where S3 events wait for a pipeline run, at most `concurrency` at a time, like the Lambdas'
 * reserved concurrency. Unlike the local stack's TaskQueue it tells how much is waiting, so the
 * uploader can pause between bursts instead of queueing the whole soak at once.
 */
export class EventQueue {
  private running = 0;
  private readonly waiting: (() => Promise<void>)[] = [];
  private readonly idleWaiters: (() => void)[] = [];

  constructor(private readonly concurrency: number) {}

  get backlog(): number {
    return this.waiting.length + this.running;
  }

  /** Tasks handle their own errors: a throw here would be a bug in the soak itself. */
  push(task: () => Promise<void>): void {
    this.waiting.push(task);
    this.next();
  }

  idle(): Promise<void> {
    return this.backlog === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Resolves once no more than `size` tasks wait or run. */
  async drainTo(size: number): Promise<void> {
    while (this.backlog > size) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  private next(): void {
    while (this.running < this.concurrency && this.waiting.length > 0) {
      const task = this.waiting.shift() as () => Promise<void>;
      this.running++;
      void task().finally(() => {
        this.running--;
        this.next();
        if (this.backlog === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
      });
    }
  }
}
