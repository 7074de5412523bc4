import type { Paragraph, Quotation, Sentence } from '../types';
import { clauseUnits } from './clause-units';
import { documentTokens } from './document-tokens';
import { withoutNestedStances } from './nested-stances';
import { findSpeechFrames, type SpeechFrame } from './speech-frames';

function toQuotation(text: string, frame: SpeechFrame, sentence: number): Quotation | null {
  const pieces = frame.content.length === 1 ? frame.content : frame.content.filter((p) => p.end > p.start).sort((a, b) => a.start - b.start);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last || last.end <= first.start) return null;
  const quotation: Quotation = {
    start: first.start,
    end: last.end,
    kind: frame.kind,
    text: text.slice(first.start, last.end),
    cue: frame.cue,
    sentence,
    speakerMention: frame.source,
    pattern: frame.pattern,
  };
  return pieces.length > 1 ? { ...quotation, pieces } : quotation;
}

/**
 * Quotations of every kind (direct, partial, multi-paragraph, unterminated, indirect) with their
 * cue, in text order, without stances nested in another quotation. Linear in the text: one pass for
 * quote marks, one for tokens, and a bounded look-around per cue word.
 */
export function findQuotations(text: string, paragraphs: readonly Paragraph[], sentences: readonly Sentence[]): Quotation[] {
  const { quotes: marked, tokens } = documentTokens(text, paragraphs);
  const units = clauseUnits(tokens, paragraphs, sentences);
  const frames = findSpeechFrames(text, tokens, units, marked);
  const quotations: Quotation[] = [];
  for (const frame of frames) {
    const quotation = toQuotation(text, frame, units[frame.unit]?.sentence ?? 0);
    if (quotation) quotations.push(quotation);
  }
  return withoutNestedStances(text, quotations.sort((a, b) => a.start - b.start || a.end - b.end));
}
