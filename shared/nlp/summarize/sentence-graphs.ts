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
 * Both graphs from the sentences' posting lists: for each sentence j, every stem it holds
 * adds its share of the cosine to each earlier sentence that holds the stem too, so the work
 * is the pairs of occurrences of a stem (few, as most stems appear in one or two sentences),
 * not every pair of sentences times a sentence's length, which is what walking each pair
 * cost. A pair's cosine is still summed in the later sentence's order, term by term as a walk
 * over the pair would sum it, so the graphs are the same to the last bit. Pairs are found with
 * j ascending and then i ascending, so filling rows in that order leaves each row's neighbours
 * ascending, and PageRank gets its edge list without scanning the n² matrices again.
 */
export function sentenceGraphs(vectors: readonly TermVector[], vocabularySize: number, arena = new TypedArena()): SentenceGraphs {
  const n = vectors.length;
  const similarity = vectors.map(() => arena.float64(n));
  const logSize = vectors.map((v) => Math.log(v.stems.length));

  // Posting lists: per stem, the sentences holding it (ascending) and the stem's weight there.
  const postStart = arena.int32(vocabularySize + 1);
  let occurrences = 0;
  for (const v of vectors) {
    occurrences += v.stems.length;
    for (let k = 0; k < v.stems.length; k++) postStart[(v.stems[k] as number) + 1]!++;
  }
  for (let stem = 0; stem < vocabularySize; stem++) postStart[stem + 1] = (postStart[stem + 1] as number) + (postStart[stem] as number);
  const postFill = arena.int32(vocabularySize);
  postFill.set(postStart.subarray(0, vocabularySize));
  const postSentence = arena.int32(occurrences);
  const postWeight = arena.float64(occurrences);
  for (let i = 0; i < n; i++) {
    const { stems, weights } = vectors[i] as TermVector;
    for (let k = 0; k < stems.length; k++) {
      const at = postFill[stems[k] as number]!++;
      postSentence[at] = i;
      postWeight[at] = weights[k] as number;
    }
  }

  /** For the sentence j being joined, per earlier sentence: the cosine so far and the stems shared. */
  const dotWith = arena.float64(n);
  const sharedWith = arena.int32(n);
  const maxPairs = (n * (n - 1)) / 2;
  const pairFirst = arena.int32(maxPairs);
  const pairSecond = arena.int32(maxPairs);
  const pairCosine = arena.float64(maxPairs);
  const pairOverlap = arena.float64(maxPairs);
  const degree = arena.int32(n + 1);
  let pairs = 0;

  for (let j = 0; j < n; j++) {
    const { stems: bStems, weights: bWeights } = vectors[j] as TermVector;
    const row = similarity[j] as Float64Array;
    row[j] = 1;
    for (let m = 0; m < bStems.length; m++) {
      const stem = bStems[m] as number;
      const weight = bWeights[m] as number;
      const end = postStart[stem + 1] as number;
      for (let e = postStart[stem] as number; e < end; e++) {
        const i = postSentence[e] as number;
        if (i >= j) break;
        dotWith[i] = (dotWith[i] as number) + weight * (postWeight[e] as number);
        sharedWith[i]!++;
      }
    }
    for (let i = 0; i < j; i++) {
      const shared = sharedWith[i] as number;
      if (shared === 0) continue;
      const dot = dotWith[i] as number;
      dotWith[i] = 0;
      sharedWith[i] = 0;
      row[i] = dot;
      (similarity[i] as Float64Array)[j] = dot;
      pairFirst[pairs] = i;
      pairSecond[pairs] = j;
      pairCosine[pairs] = dot;
      pairOverlap[pairs] = vectors[i]!.stems.length >= 2 && bStems.length >= 2 ? shared / ((logSize[i] as number) + (logSize[j] as number)) : 0;
      pairs++;
      degree[i]!++;
      degree[j]!++;
    }
  }

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
