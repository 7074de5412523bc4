import type { Token } from './tokens';

/** Sparse tf·idf vector, L2-normalized, so a dot product is a cosine. */
export type TermVector = ReadonlyMap<string, number>;

/**
 * One vector per sentence over its content stems; idf is computed over the given sentences
 * (the article is its own corpus: words every sentence uses say little about any of them).
 */
export function termVectors(sentenceTokens: readonly (readonly Token[])[]): TermVector[] {
  const documentFrequency = new Map<string, number>();
  const counts = sentenceTokens.map((tokens) => {
    const tf = new Map<string, number>();
    for (const t of tokens) if (t.content) tf.set(t.stem, (tf.get(t.stem) ?? 0) + 1);
    for (const stem of tf.keys()) documentFrequency.set(stem, (documentFrequency.get(stem) ?? 0) + 1);
    return tf;
  });
  const n = sentenceTokens.length;
  return counts.map((tf) => {
    const vector = new Map<string, number>();
    let norm = 0;
    for (const [stem, count] of tf) {
      const weight = (1 + Math.log(count)) * Math.log((n + 1) / (documentFrequency.get(stem) ?? 1));
      vector.set(stem, weight);
      norm += weight * weight;
    }
    if (norm > 0) for (const [stem, weight] of vector) vector.set(stem, weight / Math.sqrt(norm));
    return vector;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [stem, weight] of small) dot += weight * (large.get(stem) ?? 0);
  return dot;
}

/** The article's centroid: the normalized sum of its sentence vectors. */
export function centroid(vectors: readonly TermVector[]): TermVector {
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [stem, weight] of v) sum.set(stem, (sum.get(stem) ?? 0) + weight);
  let norm = 0;
  for (const weight of sum.values()) norm += weight * weight;
  if (norm > 0) for (const [stem, weight] of sum) sum.set(stem, weight / Math.sqrt(norm));
  return sum;
}

/** Pairwise cosines; the caller caps how many sentences go in (quadratic). */
export function similarityMatrix(vectors: readonly TermVector[]): number[][] {
  const matrix = vectors.map(() => new Array<number>(vectors.length).fill(0));
  for (let i = 0; i < vectors.length; i++) {
    const row = matrix[i] as number[];
    row[i] = 1;
    for (let j = i + 1; j < vectors.length; j++) {
      const s = cosine(vectors[i] as TermVector, vectors[j] as TermVector);
      row[j] = s;
      (matrix[j] as number[])[i] = s;
    }
  }
  return matrix;
}
