import type { TermVector } from './term-vectors';
import { TypedArena } from './typed-arena';

/** The two weighted sentence graphs the summarizer ranks by, as dense symmetric matrices. */
export interface SentenceGraphs {
  /** LexRank's graph: tf·idf cosines (1 on the diagonal). */
  readonly similarity: Float64Array[];
  /**
   * TextRank's graph (Mihalcea & Tarau 2004): the number of content stems two sentences share,
   * over the sum of the logs of their sizes; 0 for a sentence with fewer than two stems.
   */
  readonly overlap: Float64Array[];
}

/**
 * Both graphs in one pass over sentence pairs: a row's stems are marked in an array indexed by
 * stem id, so each pair costs one walk over the other sentence's stems, with no hashing. The
 * cosine sums its products in the order `cosine` (term-vectors.ts) does, over the smaller
 * vector's entries (the earlier sentence's on a tie), so the matrix is bit for bit the same as
 * calling it per pair.
 */
export function sentenceGraphs(vectors: readonly TermVector[], vocabularySize: number, arena = new TypedArena()): SentenceGraphs {
  const n = vectors.length;
  const similarity = vectors.map(() => arena.float64(n));
  const overlap = vectors.map(() => arena.float64(n));
  const logSize = vectors.map((v) => Math.log(v.stems.length));
  /** 1 + position of a stem in row i's vector, 0 when row i lacks it. */
  const slotInRow = arena.int32(vocabularySize);
  const maxSize = vectors.reduce((max, v) => Math.max(max, v.stems.length), 0);
  // Shared stems of a pair found from the later sentence, to be summed in the earlier one's order.
  const sharedSlots = arena.int32(maxSize);
  const sharedWeights = arena.float64(maxSize);

  for (let i = 0; i < n; i++) {
    const a = vectors[i] as TermVector;
    const similarityRow = similarity[i] as Float64Array;
    const overlapRow = overlap[i] as Float64Array;
    similarityRow[i] = 1;
    for (let k = 0; k < a.stems.length; k++) slotInRow[a.stems[k] as number] = k + 1;
    for (let j = i + 1; j < n; j++) {
      const b = vectors[j] as TermVector;
      const smallIsB = b.stems.length < a.stems.length;
      let shared = 0;
      let dot = 0;
      for (let m = 0; m < b.stems.length; m++) {
        const slot = slotInRow[b.stems[m] as number] as number;
        if (slot === 0) continue;
        if (smallIsB) dot += (b.weights[m] as number) * (a.weights[slot - 1] as number);
        else {
          // Insertion by slot keeps the shared stems in row i's order (there are only a few).
          let at = shared;
          while (at > 0 && (sharedSlots[at - 1] as number) > slot) {
            sharedSlots[at] = sharedSlots[at - 1] as number;
            sharedWeights[at] = sharedWeights[at - 1] as number;
            at--;
          }
          sharedSlots[at] = slot;
          sharedWeights[at] = b.weights[m] as number;
        }
        shared++;
      }
      if (!smallIsB) for (let s = 0; s < shared; s++) dot += (a.weights[(sharedSlots[s] as number) - 1] as number) * (sharedWeights[s] as number);
      similarityRow[j] = dot;
      (similarity[j] as Float64Array)[i] = dot;
      if (shared > 0 && a.stems.length >= 2 && b.stems.length >= 2) {
        const weight = shared / ((logSize[i] as number) + (logSize[j] as number));
        overlapRow[j] = weight;
        (overlap[j] as Float64Array)[i] = weight;
      }
    }
    for (let k = 0; k < a.stems.length; k++) slotInRow[a.stems[k] as number] = 0;
  }
  return { similarity, overlap };
}
