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
 * cosine is summed in the later sentence's order. (Summing in a fixed order for all pairs,
 * as an earlier version did, changes only the last bits and cost a sort per pair; it chose the
 * same summaries on every article checked.)
 */
export function sentenceGraphs(vectors: readonly TermVector[], vocabularySize: number, arena = new TypedArena()): SentenceGraphs {
  const n = vectors.length;
  const similarity = vectors.map(() => arena.float64(n));
  const overlap = vectors.map(() => arena.float64(n));
  const logSize = vectors.map((v) => Math.log(v.stems.length));
  /** 1 + position of a stem in row i's vector, 0 when row i lacks it. */
  const slotInRow = arena.int32(vocabularySize);

  for (let i = 0; i < n; i++) {
    const a = vectors[i] as TermVector;
    const aWeights = a.weights;
    const similarityRow = similarity[i] as Float64Array;
    const overlapRow = overlap[i] as Float64Array;
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
      if (shared > 0 && a.stems.length >= 2 && bStems.length >= 2) {
        const weight = shared / ((logSize[i] as number) + (logSize[j] as number));
        overlapRow[j] = weight;
        (overlap[j] as Float64Array)[i] = weight;
      }
    }
    for (let k = 0; k < a.stems.length; k++) slotInRow[a.stems[k] as number] = 0;
  }
  return { similarity, overlap };
}
