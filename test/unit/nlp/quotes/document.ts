import { segment } from '../../../../shared/nlp/segment/segment';
import type { Segmented } from '../../../../shared/nlp/types';
import { documentFromText } from '../../../../shared/nlp/document-from-text';

/** Segments text as given (no decode), the way the PolNeAR eval does, so offsets index `text` itself. */
export function segmentText(text: string, name = 'fixture'): Segmented {
  return segment(documentFromText(name, text));
}
