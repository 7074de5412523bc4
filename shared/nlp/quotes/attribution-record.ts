import type { Attributed, Span } from '../types';

/** One quote in the PolNeAR scorer's prediction format (score_attribution.py PRED). */
export interface AttributionRecord {
  readonly content: { readonly start: number; readonly end: number } | { readonly spans: readonly (readonly [number, number])[] };
  readonly source: { readonly start: number; readonly end: number } | null;
  readonly cue: { readonly start: number; readonly end: number } | null;
  readonly speaker: string | null;
}

const plain = (s: Span | null | undefined): { start: number; end: number } | null => (s ? { start: s.start, end: s.end } : null);

/** Each attributed quote as a scorer record; offsets index the document text as given. */
export function toAttributionRecords(attributed: Attributed): AttributionRecord[] {
  return attributed.quotes.map((q) => ({
    content: q.pieces && q.pieces.length > 1 ? { spans: q.pieces.map((p): [number, number] => [p.start, p.end]) } : { start: q.start, end: q.end },
    source: plain(q.source),
    cue: plain(q.cue),
    speaker: q.speaker ? q.speaker.name : null,
  }));
}
