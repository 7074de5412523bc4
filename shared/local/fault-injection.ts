/** An error shaped like the SDK's throttling error, so retry logic treats it as AWS's own. */
export class InjectedThrottlingError extends Error {
  override readonly name = 'ThrottlingException';
  readonly $retryable = { throttling: true };
}

export interface FaultPlan {
  /** Share of calls that fail, in [0, 1]. */
  readonly rate: number;
  /** A seeded source of randomness keeps a soak or a test repeatable. */
  readonly random: () => number;
  /** Only these methods fail; all async methods when absent. */
  readonly methods?: readonly string[];
  readonly onFault?: (method: string) => void;
}

/**
 * Wraps a port (ArticleStore, BlobStore, ...) so that a share of its calls throw a throttling
 * error before reaching the real adapter: faults at the port, the seam every stage goes through.
 */
export function withFaults<T extends object>(port: T, plan: FaultPlan): T {
  return new Proxy(port, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      if (plan.methods && !plan.methods.includes(property)) return value.bind(target);
      return (...args: unknown[]) => {
        if (plan.random() < plan.rate) {
          plan.onFault?.(property);
          return Promise.reject(new InjectedThrottlingError(`injected fault in ${property}`));
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** Mulberry32: a tiny seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
