import type { Attributed, Span } from '../nlp/types';
import type { SaveResult } from '../store/ports';

const withText = (text: string, span: Span | null) => (span ? { start: span.start, end: span.end, text: text.slice(span.start, span.end) } : null);

/** Attributed quotes as stored and served: offsets plus the text they point at. */
export function toQuoteRecords(attributed: Attributed): SaveResult['quotes'] {
  const { text } = attributed.segmented.document;
  return attributed.quotes.map((quote, index) => ({
    index,
    kind: quote.kind,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    speaker: quote.speaker ? { id: quote.speaker.id, name: quote.speaker.name } : null,
    cue: withText(text, quote.cue),
    source: withText(text, quote.source),
    confidence: quote.confidence,
  }));
}
