import { findQuotations } from '../quotes/find-quotations';
import type { Document, Segmented } from '../types';
import { splitParagraphs } from './split-paragraphs';
import { splitSentences } from './split-sentences';

/** Normalized text → paragraphs, sentences and quotations, each with offsets into `document.text`. */
export function segment(document: Document): Segmented {
  const paragraphs = splitParagraphs(document.text);
  const sentences = splitSentences(document.text, paragraphs);
  const quotations = findQuotations(document.text, paragraphs, sentences);
  return { document, paragraphs, sentences, quotations };
}
