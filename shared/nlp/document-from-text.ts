import type { Document } from './types';

/**
 * A JSONL record's text as a Document, as given: offsets must point into the caller's own text
 * (the scorers index it), so no normalization happens here.
 */
export const documentFromText = (id: string, text: string, title: string | null = null): Document => ({
  name: id,
  format: 'txt',
  title,
  text,
  byteLength: Buffer.byteLength(text),
});
