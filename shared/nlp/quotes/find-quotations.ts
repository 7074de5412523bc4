import type { Paragraph, Quotation, Sentence } from '../types';

const PAIRS: Readonly<Record<string, string>> = { '"': '"', '“': '”' };

const sentenceAt = (sentences: readonly Sentence[], offset: number): number => {
  const index = sentences.findIndex((s) => offset >= s.start && offset < s.end);
  return index < 0 ? 0 : index;
};

/** Text in double quote marks, paragraph by paragraph. */
export function findQuotations(text: string, paragraphs: readonly Paragraph[], sentences: readonly Sentence[]): Quotation[] {
  const quotations: Quotation[] = [];
  for (const p of paragraphs) {
    let i = p.start;
    while (i < p.end) {
      const close = PAIRS[text[i] ?? ''];
      if (!close) {
        i++;
        continue;
      }
      const stop = text.indexOf(close, i + 1);
      const end = stop < 0 || stop >= p.end ? p.end : stop;
      const start = i + 1;
      if (end > start) {
        quotations.push({ start, end, text: text.slice(start, end), kind: stop < 0 || stop >= p.end ? 'unterminated' : 'direct', cue: null, sentence: sentenceAt(sentences, start) });
      }
      i = end + 1;
    }
  }
  return quotations;
}
