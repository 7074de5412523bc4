import { ATTRIBUTION_ACCURACY, DEFAULT_ACCURACY } from '../lang/en/attribution-accuracy';
import type { QuotationKind } from '../types';
import type { SourceKind } from './resolve-speaker';

/**
 * Confidence that a quote's attribution is right: the accuracy measured on PolNeAR train for
 * quotes of the same kind, tied to their cue the same way (`pattern`), whose speaker is named
 * with the same kind of words. Unseen combinations get the overall train accuracy.
 */
export function attributionConfidence(pattern: string | null, kind: QuotationKind, source: SourceKind): number {
  return ATTRIBUTION_ACCURACY.get(`${pattern ?? 'none'}/${kind}/${source}`) ?? DEFAULT_ACCURACY;
}
