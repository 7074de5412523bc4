import { ATTRIBUTION_ACCURACY, DEFAULT_ACCURACY } from '../lang/en/attribution-accuracy';
import type { QuotationKind } from '../types';
import type { SourceKind } from './resolve-speaker';

/**
 * ATTRIBUTION_ACCURACY by pattern, kind and source, filled in as combinations come up: building
 * the `pattern/kind/source` key for every quote cost ~2% of attribute, and there are few combinations.
 */
const confidenceByPattern = new Map<string, Map<QuotationKind, Map<SourceKind, number>>>();

/**
 * Confidence that a quote's attribution is right: the accuracy measured on PolNeAR train for
 * quotes of the same kind, tied to their cue the same way (`pattern`), whose speaker is named
 * with the same kind of words. Unseen combinations get the overall train accuracy.
 */
export function attributionConfidence(pattern: string | null, kind: QuotationKind, source: SourceKind): number {
  const patternKey = pattern ?? 'none';
  let byKind = confidenceByPattern.get(patternKey);
  if (!byKind) confidenceByPattern.set(patternKey, (byKind = new Map()));
  let bySource = byKind.get(kind);
  if (!bySource) byKind.set(kind, (bySource = new Map()));
  let confidence = bySource.get(source);
  if (confidence === undefined) bySource.set(source, (confidence = ATTRIBUTION_ACCURACY.get(`${patternKey}/${kind}/${source}`) ?? DEFAULT_ACCURACY));
  return confidence;
}
