import { segment } from '../../../../shared/nlp/segment/segment';
import type { Document, Segmented } from '../../../../shared/nlp/types';
import { documentFromText } from '../../../../shared/nlp/document-from-text';

export const documentOf = (text: string): Document => documentFromText('test.txt', text);

export const segmentText = (text: string): Segmented => segment(documentOf(text));

export const sentenceTexts = (segmented: Segmented): string[] => segmented.sentences.map((s) => segmented.document.text.slice(s.start, s.end));
