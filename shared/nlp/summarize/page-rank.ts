import { TypedArena } from './typed-arena';

/**
 * PageRank over a weighted, undirected sentence graph (the core of TextRank and LexRank):
 * a sentence is central when sentences similar to it are central. Fixed iteration count,
 * so the result is deterministic. The diagonal of `weights` is ignored.
 */
export function pageRank(weights: readonly ArrayLike<number>[], arena = new TypedArena(), damping = 0.85, iterations = 40): number[] {
  const n = weights.length;
  if (n === 0) return [];
  // Only positive edges pass rank on, and sentence graphs are mostly zeros: the edges are listed
  // once per source (compressed rows, in typed arrays) so each iteration touches edges, not all
  // n² pairs. Per target the additions still come in source order, and each is still
  // (pushed · w) / total, so the sums are the dense loop's bit for bit.
  const outSum = arena.float64(n);
  const edgeStart = arena.int32(n + 1);
  let edgeCount = 0;
  for (let j = 0; j < n; j++) {
    const row = weights[j] as ArrayLike<number>;
    for (let i = 0; i < n; i++) if (i !== j && (row[i] ?? 0) > 0) edgeCount++;
  }
  const edgeTargets = arena.int32(edgeCount);
  const edgeWeights = arena.float64(edgeCount);
  let edge = 0;
  for (let j = 0; j < n; j++) {
    const row = weights[j] as ArrayLike<number>;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      if (i === j) continue;
      const w = row[i] ?? 0;
      sum += w;
      if (w > 0) {
        edgeTargets[edge] = i;
        edgeWeights[edge] = w;
        edge++;
      }
    }
    outSum[j] = sum;
    edgeStart[j + 1] = edge;
  }

  let rank = arena.float64(n).fill(1 / n);
  let next = arena.float64(n);
  for (let step = 0; step < iterations; step++) {
    next.fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      const total = outSum[j] as number;
      const share = rank[j] as number;
      if (total <= 0) {
        // A sentence with no neighbours spreads its rank evenly, as a dangling page does.
        const spread = (damping * share) / n;
        for (let i = 0; i < n; i++) next[i] = (next[i] as number) + spread;
        continue;
      }
      const pushed = damping * share;
      const end = edgeStart[j + 1] as number;
      for (let e = edgeStart[j] as number; e < end; e++) {
        const i = edgeTargets[e] as number;
        next[i] = (next[i] as number) + (pushed * (edgeWeights[e] as number)) / total;
      }
    }
    [rank, next] = [next, rank];
  }
  return Array.from(rank);
}
