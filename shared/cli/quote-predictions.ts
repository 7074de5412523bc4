import type { Attributed } from '../nlp/types';

/** Quotes in the prediction format of `score_attribution.py`. */
export const toQuotePredictions = (attributed: Attributed) =>
  attributed.quotes.map((q) => ({
    content: { start: q.start, end: q.end },
    source: q.source ? { start: q.source.start, end: q.source.end } : null,
    cue: q.cue ? { start: q.cue.start, end: q.cue.end } : null,
    speaker: q.speaker?.name ?? null,
    confidence: q.confidence,
  }));
