import { segment } from '../../../../shared/nlp/segment/segment';
import type { Quotation, Segmented } from '../../../../shared/nlp/types';
import { documentFromText } from '../../../../shared/nlp/document-from-text';

/** Segments text as given (no decode), the way the PolNeAR eval does, so offsets index `text` itself. */
export function segmentText(text: string, name = 'fixture'): Segmented {
  return segment(documentFromText(name, text));
}

/** The text a span covers, or null for no span. */
export const slice = (text: string, span: { start: number; end: number } | null | undefined): string | null => (span ? text.slice(span.start, span.end) : null);

/**
 * The first quotation of `text` whose cue is `cue` ('exact') or ends with it ('ends': "has said"
 * for "said").
 */
export const withCue = (text: string, cue: string, match: 'exact' | 'ends' = 'ends'): Quotation | undefined =>
  segmentText(text).quotations.find((q) => (match === 'exact' ? slice(text, q.cue) === cue : slice(text, q.cue)?.endsWith(cue)));
