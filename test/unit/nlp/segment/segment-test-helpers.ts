import { segment } from '../../../../shared/nlp/segment/segment';
import type { Document, Segmented } from '../../../../shared/nlp/types';

export const documentOf = (text: string): Document => ({ name: 'test.txt', format: 'txt', title: null, text, byteLength: text.length });

export const segmentText = (text: string): Segmented => segment(documentOf(text));

export const sentenceTexts = (segmented: Segmented): string[] => segmented.sentences.map((s) => segmented.document.text.slice(s.start, s.end));
