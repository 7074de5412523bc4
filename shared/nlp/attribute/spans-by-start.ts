import type { Span } from '../types';

/** Index of the first span that starts at or after `offset`, in spans sorted by start (their length if none), by binary search. */
export function firstStartingFrom(spans: readonly Pick<Span, 'start'>[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Pick<Span, 'start'>).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last span that starts at or before `offset` (the one holding it, for spans that tile the text); -1 if none. */
export const lastStartingBy = (spans: readonly Pick<Span, 'start'>[], offset: number): number => firstStartingFrom(spans, offset + 1) - 1;
