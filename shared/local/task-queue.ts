/** Runs async tasks with at most `concurrency` at once; a failing task is reported, not fatal. */
export class TaskQueue {
  private running = 0;
  private readonly waiting: (() => Promise<void>)[] = [];
  private readonly idleWaiters: (() => void)[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly onError: (error: unknown) => void = (error) => console.error(error),
  ) {}

  /** Tasks waiting or running: a producer reads it to pause between bursts instead of queueing everything at once. */
  get backlog(): number {
    return this.waiting.length + this.running;
  }

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
      const task = this.waiting.shift();
      if (!task) return;
      this.running++;
      task()
        .catch(this.onError)
        .finally(() => {
          this.running--;
          this.next();
          if (this.backlog === 0) for (const resolve of this.idleWaiters.splice(0)) resolve();
        });
    }
  }
}
