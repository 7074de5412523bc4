import type { Token } from './tokens';

/**
 * PageRank over a weighted, undirected sentence graph (the core of TextRank and LexRank):
 * a sentence is central when sentences similar to it are central. Fixed iteration count,
 * so the result is deterministic.
 */
export function pageRank(weights: readonly (readonly number[])[], damping = 0.85, iterations = 40): number[] {
  const n = weights.length;
  if (n === 0) return [];
  const outSum = weights.map((row, i) => row.reduce((sum, w, j) => (i === j ? sum : sum + w), 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let step = 0; step < iterations; step++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      const row = weights[j] as readonly number[];
      const total = outSum[j] ?? 0;
      const share = rank[j] ?? 0;
      if (total <= 0) {
        // A sentence with no neighbours spreads its rank evenly, as a dangling page does.
        for (let i = 0; i < n; i++) next[i] = (next[i] ?? 0) + (damping * share) / n;
        continue;
      }
      for (let i = 0; i < n; i++) {
        if (i === j) continue;
        const w = row[i] ?? 0;
        if (w > 0) next[i] = (next[i] ?? 0) + (damping * share * w) / total;
      }
    }
    rank = next;
  }
  return rank;
}

/**
 * TextRank's sentence graph (Mihalcea & Tarau 2004): the weight of an edge is the number of
 * content stems two sentences share, over the sum of the logs of their sizes.
 */
export function overlapGraph(sentences: readonly (readonly Token[])[]): number[][] {
  const words = sentences.map((tokens) => new Set(tokens.filter((t) => t.content).map((t) => t.stem)));
  return words.map((a, i) =>
    words.map((b, j) => {
      if (i === j || a.size < 2 || b.size < 2) return 0;
      let overlap = 0;
      for (const w of a) if (b.has(w)) overlap++;
      return overlap / (Math.log(a.size) + Math.log(b.size));
    }),
  );
}
