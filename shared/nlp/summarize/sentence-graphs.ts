import type { SentenceEdges } from './page-rank';
import type { TermVector } from './term-vectors';
import { TypedArena } from './typed-arena';

/** The two weighted sentence graphs the summarizer ranks by. */
export interface SentenceGraphs {
  /** LexRank's graph as a dense symmetric matrix: tf·idf cosines (1 on the diagonal). MMR and the position features read it by row. */
  readonly similarity: Float64Array[];
  /**
   * Both graphs' edges, for PageRank: `first` holds the cosines above, `second` TextRank's
   * weights (Mihalcea & Tarau 2004): the number of content stems two sentences share, over the
   * sum of the logs of their sizes; 0 for a sentence with fewer than two stems. Two sentences
   * are joined when they share a stem (their cosine is then positive).
   */
  readonly edges: SentenceEdges;
}

/**
 * Both graphs in one pass over sentence pairs: a row's stems are marked in an array indexed by
 * stem id, so each pair costs one walk over the other sentence's stems, with no hashing. The
 * cosine is summed in the later sentence's order. (Summing in a fixed order for all pairs,
 * as an earlier version did, changes only the last bits and cost a sort per pair; it chose the
 * same summaries on every article checked.) Joined pairs are listed as they are found and then
 * placed in rows, so PageRank gets its edge list without scanning the n² matrices again.
 */
export function sentenceGraphs(vectors: readonly TermVector[], vocabularySize: number, arena = new TypedArena()): SentenceGraphs {
  const n = vectors.length;
  const similarity = vectors.map(() => arena.float64(n));
  const logSize = vectors.map((v) => Math.log(v.stems.length));
  /** 1 + position of a stem in row i's vector, 0 when row i lacks it. */
  const slotInRow = arena.int32(vocabularySize);
  const maxPairs = (n * (n - 1)) / 2;
  const pairFirst = arena.int32(maxPairs);
  const pairSecond = arena.int32(maxPairs);
  const pairCosine = arena.float64(maxPairs);
  const pairOverlap = arena.float64(maxPairs);
  const degree = arena.int32(n + 1);
  let pairs = 0;

  for (let i = 0; i < n; i++) {
    const a = vectors[i] as TermVector;
    const aWeights = a.weights;
    const similarityRow = similarity[i] as Float64Array;
    similarityRow[i] = 1;
    for (let k = 0; k < a.stems.length; k++) slotInRow[a.stems[k] as number] = k + 1;
    for (let j = i + 1; j < n; j++) {
      const b = vectors[j] as TermVector;
      const bStems = b.stems;
      const bWeights = b.weights;
      let shared = 0;
      let dot = 0;
      for (let m = 0; m < bStems.length; m++) {
        const slot = slotInRow[bStems[m] as number] as number;
        if (slot === 0) continue;
        dot += (bWeights[m] as number) * (aWeights[slot - 1] as number);
        shared++;
      }
      similarityRow[j] = dot;
      (similarity[j] as Float64Array)[i] = dot;
      if (shared === 0) continue;
      pairFirst[pairs] = i;
      pairSecond[pairs] = j;
      pairCosine[pairs] = dot;
      pairOverlap[pairs] = a.stems.length >= 2 && bStems.length >= 2 ? shared / ((logSize[i] as number) + (logSize[j] as number)) : 0;
      pairs++;
      degree[i]!++;
      degree[j]!++;
    }
    for (let k = 0; k < a.stems.length; k++) slotInRow[a.stems[k] as number] = 0;
  }

  // Pairs come in (i, j) order with i < j, so filling rows in that order leaves each row's
  // neighbours ascending: first the earlier sentences, then the later ones.
  const rowStart = arena.int32(n + 1);
  for (let i = 0; i < n; i++) rowStart[i + 1] = (rowStart[i] as number) + (degree[i] as number);
  const cursor = arena.int32(n);
  cursor.set(rowStart.subarray(0, n));
  const neighbor = arena.int32(2 * pairs);
  const first = arena.float64(2 * pairs);
  const second = arena.float64(2 * pairs);
  for (let p = 0; p < pairs; p++) {
    const i = pairFirst[p] as number;
    const j = pairSecond[p] as number;
    const atI = cursor[i]!++;
    const atJ = cursor[j]!++;
    neighbor[atI] = j;
    neighbor[atJ] = i;
    first[atI] = first[atJ] = pairCosine[p] as number;
    second[atI] = second[atJ] = pairOverlap[p] as number;
  }
  return { similarity, edges: { rowStart, neighbor, first, second } };
}
