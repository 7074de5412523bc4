import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageRanks, type SentenceEdges } from '../../../../shared/nlp/summarize/page-rank';

/** PageRank by the textbook iteration from uniform ranks, run far past any tolerance. */
function referenceRanks(weights: number[][], damping = 0.85): number[] {
  const n = weights.length;
  const strength = weights.map((row, i) => row.reduce((sum, w, j) => (j === i ? sum : sum + w), 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let step = 0; step < 2000; step++) {
    const dangling = rank.reduce((sum, r, j) => (strength[j] === 0 ? sum + r : sum), 0);
    rank = rank.map((_, i) => {
      let sum = (1 - damping) / n + (damping * dangling) / n;
      for (let j = 0; j < n; j++) if (j !== i && (strength[j] ?? 0) > 0) sum += (damping * (weights[j]?.[i] ?? 0) * (rank[j] ?? 0)) / (strength[j] ?? 1);
      return sum;
    });
  }
  return rank;
}

/** Two symmetric matrices as one edge list, as sentenceGraphs lists LexRank's and TextRank's edges. */
function edgesOfBoth(first: number[][], second: number[][]): SentenceEdges {
  const n = first.length;
  const rowStart = new Int32Array(n + 1);
  const neighbor: number[] = [];
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      if (j === i || ((first[i]?.[j] ?? 0) <= 0 && (second[i]?.[j] ?? 0) <= 0)) continue;
      neighbor.push(j);
      a.push(first[i]?.[j] ?? 0);
      b.push(second[i]?.[j] ?? 0);
    }
    rowStart[i + 1] = neighbor.length;
  }
  return { rowStart, neighbor: Int32Array.from(neighbor), first: Float64Array.from(a), second: Float64Array.from(b) };
}

/** PageRank over one graph. */
const pageRank = (weights: number[][]): number[] => pageRanks(edgesOfBoth(weights, weights))[0];

/** A symmetric matrix of non-negative weights, some of them zero, perhaps with isolated sentences. */
const symmetricGraphs = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1, noNaN: true })), { minLength: n * n, maxLength: n * n }).map((cells) => {
    const weights = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) weights[i]![j] = weights[j]![i] = cells[i * n + j]!;
    return weights;
  }),
);

describe('pageRank', () => {
  it('lands within three digits of the fixed point, relative to the top rank, on any symmetric graph', () => {
    fc.assert(
      fc.property(symmetricGraphs, (weights) => {
        const ranks = pageRank(weights);
        const expected = referenceRanks(weights);
        const top = Math.max(...expected);
        ranks.forEach((r, i) => expect(Math.abs(r - (expected[i] ?? 0)) / top).toBeLessThan(1e-3));
        expect(ranks.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('ranks the hub of a star first and gives an isolated sentence only the teleport share', () => {
    // 0 is linked to 1, 2 and 3; 4 has no edges.
    const weights = [
      [1, 1, 1, 1, 0],
      [1, 1, 0, 0, 0],
      [1, 0, 1, 0, 0],
      [1, 0, 0, 1, 0],
      [0, 0, 0, 0, 1],
    ];
    const ranks = pageRank(weights);
    expect(ranks.indexOf(Math.max(...ranks))).toBe(0);
    expect(ranks[4]).toBeLessThan(ranks[1] ?? 0);
  });

  it('ranks two graphs at once as it ranks each alone', () => {
    fc.assert(
      fc.property(symmetricGraphs, symmetricGraphs, (first, second) => {
        if (first.length !== second.length) return;
        const together = pageRanks(edgesOfBoth(first, second));
        [first, second].forEach((weights, graph) => {
          const expected = referenceRanks(weights);
          const top = Math.max(...expected);
          together[graph]?.forEach((r, i) => expect(Math.abs(r - (expected[i] ?? 0)) / top).toBeLessThan(1e-3));
        });
      }),
      { numRuns: 100 },
    );
  });
});
