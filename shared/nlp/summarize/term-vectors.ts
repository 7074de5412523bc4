import { TypedArena } from './typed-arena';

/**
 * Sparse tf·idf vector over stem ids (article-vocabulary.ts), L2-normalized, so a dot product is a
 * cosine. Entries are the sentence's distinct content stems in order of first occurrence: a
 * cosine sums in that order, so that order is part of the result.
 */
export interface TermVector {
  readonly stems: Int32Array;
  readonly weights: Float64Array;
}

/**
 * One vector per sentence over its content stems (`sentenceStems[i]`: per token, a stem id or
 * -1 for a function word); idf is computed over the given sentences (the article is its own
 * corpus: words every sentence uses say little about any of them).
 */
export function termVectors(sentenceStems: readonly Int32Array[], vocabularySize: number, arena = new TypedArena()): TermVector[] {
  const n = sentenceStems.length;
  const termFrequency = arena.int32(vocabularySize);
  const documentFrequency = arena.int32(vocabularySize);
  const distinct = sentenceStems.map((ids) => {
    let count = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (id < 0) continue;
      if (termFrequency[id] === 0) count++;
      termFrequency[id]!++;
    }
    const stems = arena.int32(count);
    count = 0;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (id < 0 || termFrequency[id] === 0) continue;
      stems[count++] = id;
      termFrequency[id] = 0;
      documentFrequency[id]!++;
    }
    return stems;
  });
  // idf once per stem, not once per stem and sentence.
  const idf = arena.float64(vocabularySize);
  for (let id = 0; id < vocabularySize; id++) idf[id] = Math.log((n + 1) / (documentFrequency[id] || 1));

  return sentenceStems.map((ids, i) => {
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] as number;
      if (id >= 0) termFrequency[id]!++;
    }
    const stems = distinct[i] as Int32Array;
    const weights = arena.float64(stems.length);
    let norm = 0;
    for (let k = 0; k < stems.length; k++) {
      const id = stems[k] as number;
      const weight = (1 + Math.log(termFrequency[id] as number)) * (idf[id] as number);
      weights[k] = weight;
      norm += weight * weight;
      termFrequency[id] = 0;
    }
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] = (weights[k] as number) / Math.sqrt(norm);
    return { stems, weights };
  });
}

/** The article's centroid, dense over stem ids: the normalized sum of its sentence vectors. */
export function centroid(vectors: readonly TermVector[], vocabularySize: number, arena = new TypedArena()): Float64Array {
  const sum = arena.float64(vocabularySize);
  for (const v of vectors) {
    for (let k = 0; k < v.stems.length; k++) {
      const id = v.stems[k] as number;
      sum[id] = (sum[id] as number) + (v.weights[k] as number);
    }
  }
  let norm = 0;
  for (let id = 0; id < vocabularySize; id++) norm += (sum[id] as number) * (sum[id] as number);
  if (norm > 0) for (let id = 0; id < vocabularySize; id++) sum[id] = (sum[id] as number) / Math.sqrt(norm);
  return sum;
}

/** Cosine of a vector with a dense one (such as the centroid), summed in the vector's order. */
export function cosineWithDense(v: TermVector, dense: Float64Array): number {
  let dot = 0;
  for (let k = 0; k < v.stems.length; k++) dot += (v.weights[k] as number) * (dense[v.stems[k] as number] as number);
  return dot;
}
