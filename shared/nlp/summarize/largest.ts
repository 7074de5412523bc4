/**
 * `Math.max(...values, floor)` without the spread: spreading an array is a call whose optimized
 * code checks the array's elements kind, and the summarizer's per-sentence arrays come in
 * several (small integers for an article whose scores are all 0, doubles otherwise), so the
 * spread sent the optimized summarizer back to the interpreter on article after article.
 * Same result, NaN included.
 */
export function largest(values: ArrayLike<number>, floor: number): number {
  let max = floor;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i] as number);
  return max;
}
