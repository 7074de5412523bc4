import { toAttributionRecords } from '../nlp/quotes/attribution-record';
import type { Attributed } from '../nlp/types';

/** Quotes in the prediction format of `score_attribution.py`, with the confidence the calibration table reads. */
export const toQuotePredictions = (attributed: Attributed) =>
  toAttributionRecords(attributed).map((record, index) => ({ ...record, confidence: attributed.quotes[index]?.confidence ?? 0 }));
