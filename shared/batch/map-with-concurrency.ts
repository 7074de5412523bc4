import { ConcurrencyLimit } from './concurrency-limit';

/** `Promise.all(items.map(fn))` with at most `limit` calls in flight; results keep the items' order. */
export async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  const failures: unknown[] = [];
  const pool = new ConcurrencyLimit(limit);
  for (const [index, item] of items.entries()) {
    await pool.run(async () => {
      try {
        results[index] = await fn(item);
      } catch (error) {
        failures.push(error);
      }
    });
  }
  await pool.drain();
  if (failures.length > 0) throw failures[0];
  return results;
}
