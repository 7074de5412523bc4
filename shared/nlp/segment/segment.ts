import type { Document, Paragraph, Segmented, Sentence } from '../types';
import { findQuotations } from '../quotes/find-quotations';

/** Paragraphs are runs of non-empty lines. */
function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  return paragraphs;
}

function splitSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    let start = p.start;
    const end = /[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g;
    const body = text.slice(p.start, p.end);
    for (let m = end.exec(body); m; m = end.exec(body)) {
      const stop = p.start + m.index + m[0].trimEnd().length;
      sentences.push({ start, end: stop, paragraph });
      start = p.start + m.index + m[0].length;
    }
    if (start < p.end) sentences.push({ start, end: p.end, paragraph });
  });
  return sentences;
}

export function segment(document: Document): Segmented {
  const paragraphs = splitParagraphs(document.text);
  const sentences = splitSentences(document.text, paragraphs);
  const quotations = findQuotations(document.text, paragraphs, sentences);
  return { document, paragraphs, sentences, quotations };
}
