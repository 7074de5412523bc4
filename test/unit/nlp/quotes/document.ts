import { segment } from '../../../../shared/nlp/segment/segment';
import type { Segmented } from '../../../../shared/nlp/types';

/** Segments text as given (no decode), the way the PolNeAR eval does, so offsets index `text` itself. */
export function segmentText(text: string, name = 'fixture'): Segmented {
  return segment({ name, format: 'txt', title: null, text, byteLength: text.length });
}
