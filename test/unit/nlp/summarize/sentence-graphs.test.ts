import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentenceGraphs } from '../../../../shared/nlp/summarize/sentence-graphs';
import { termVectors } from '../../../../shared/nlp/summarize/term-vectors';

/** Sentences as stem ids (-1 for a function word) over a small vocabulary, so they share stems. */
const sentences = fc.array(fc.array(fc.integer({ min: -1, max: 9 }), { maxLength: 12 }).map((ids) => Int32Array.from(ids)), { minLength: 1, maxLength: 10 });

describe('sentenceGraphs', () => {
  it('holds the cosine and the TextRank overlap of every pair, symmetric, 1 on the similarity diagonal', () => {
    fc.assert(
      fc.property(sentences, (stems) => {
        const vectors = termVectors(stems, 10);
        const { similarity, edges } = sentenceGraphs(vectors, 10);
        // The edge list back as dense matrices, to check it holds exactly the joined pairs.
        const cosines = vectors.map(() => new Array<number>(vectors.length).fill(0));
        const overlap = vectors.map(() => new Array<number>(vectors.length).fill(0));
        for (let i = 0; i < vectors.length; i++) {
          const row = Array.from(edges.neighbor.subarray(edges.rowStart[i], edges.rowStart[i + 1]));
          expect(row).toEqual([...row].sort((x, y) => x - y));
          for (let e = edges.rowStart[i] ?? 0; e < (edges.rowStart[i + 1] ?? 0); e++) {
            cosines[i]![edges.neighbor[e]!] = edges.first[e]!;
            overlap[i]![edges.neighbor[e]!] = edges.second[e]!;
          }
        }
        const weightOf = vectors.map((v) => new Map(Array.from(v.stems, (stem, k) => [stem, v.weights[k] ?? 0])));
        for (let i = 0; i < vectors.length; i++) {
          expect(similarity[i]?.[i]).toBe(1);
          for (let j = 0; j < vectors.length; j++) {
            if (i === j) continue;
            const a = weightOf[i] as Map<number, number>;
            const b = weightOf[j] as Map<number, number>;
            let dot = 0;
            let shared = 0;
            for (const [stem, w] of a) {
              if (!b.has(stem)) continue;
              dot += w * (b.get(stem) ?? 0);
              shared++;
            }
            expect(similarity[i]?.[j]).toBeCloseTo(dot, 12);
            expect(similarity[i]?.[j]).toBe(similarity[j]?.[i]);
            expect(cosines[i]?.[j]).toBe(similarity[i]?.[j]);
            const expectedOverlap = shared > 0 && a.size >= 2 && b.size >= 2 ? shared / (Math.log(a.size) + Math.log(b.size)) : 0;
            expect(overlap[i]?.[j]).toBeCloseTo(expectedOverlap, 12);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
