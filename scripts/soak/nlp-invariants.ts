import type { Analysis } from '../../shared/nlp/analyze';
import type { Span } from '../../shared/nlp/types';

/**
 * What every client of an analysis relies on, checked without expect() so the fuzzer can count
 * violations across a million inputs and the unit test can assert there are none. Each entry
 * names the rule and the offending span, short enough to print.
 */
export function analysisViolations(analysis: Analysis): string[] {
  const violations: string[] = [];
  const { attributed, summary } = analysis;
  const { document, paragraphs, sentences, quotations } = attributed.segmented;
  const { text } = document;
  const fail = (rule: string, span?: Span) => violations.push(span ? `${rule} [${span.start},${span.end})` : rule);

  const inside = (rule: string, span: Span | null | undefined) => {
    if (!span) return;
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start > span.end) fail(`${rule}: span outside the text`, span);
  };
  const sliceMatches = (rule: string, span: Span & { readonly text: string }) => {
    inside(rule, span);
    if (text.slice(span.start, span.end) !== span.text) fail(`${rule}: text is not text.slice(start, end)`, span);
  };
  const withinSomeSentence = (span: Span) => sentences.some((s) => span.start >= s.start && span.end <= s.end);

  let previousEnd = 0;
  for (const paragraph of paragraphs) {
    inside('paragraph', paragraph);
    if (paragraph.start < previousEnd || paragraph.end <= paragraph.start) fail('paragraphs: ordered, non-empty, not overlapping', paragraph);
    previousEnd = paragraph.end;
  }

  previousEnd = 0;
  for (const sentence of sentences) {
    inside('sentence', sentence);
    const paragraph = paragraphs[sentence.paragraph];
    if (!paragraph) fail(`sentence: paragraph index ${sentence.paragraph} does not exist`, sentence);
    else if (sentence.start < paragraph.start || sentence.end > paragraph.end) fail('sentence: not within its paragraph', sentence);
    if (sentence.start < previousEnd || sentence.end <= sentence.start) fail('sentences: ordered, non-empty, not overlapping', sentence);
    previousEnd = sentence.end;
  }

  let previousStart = 0;
  for (const quotation of quotations) {
    sliceMatches('quotation', quotation);
    if (quotation.start < previousStart) fail('quotations: in text order', quotation);
    previousStart = quotation.start;
    inside('quotation cue', quotation.cue);
    inside('quotation speaker mention', quotation.speakerMention);
    for (const piece of quotation.pieces ?? []) {
      inside('quotation piece', piece);
      if (piece.start < quotation.start || piece.end > quotation.end) fail('quotation piece: outside its quotation', piece);
    }
    if (!sentences[quotation.sentence] && sentences.length > 0) fail(`quotation: sentence index ${quotation.sentence} does not exist`, quotation);
  }

  const speakerIds = new Set(attributed.speakers.map((speaker) => speaker.id));
  for (const speaker of attributed.speakers) for (const mention of speaker.mentions) sliceMatches(`mention of ${speaker.id}`, mention);
  for (const quote of attributed.quotes) {
    sliceMatches('attributed quote', quote);
    inside('attributed quote source', quote.source);
    if (quote.speaker && !speakerIds.has(quote.speaker.id)) fail(`attributed quote: speaker ${quote.speaker.id} is no cluster`, quote);
    if (!(quote.confidence >= 0 && quote.confidence <= 1)) fail(`attributed quote: confidence ${quote.confidence} outside [0, 1]`, quote);
  }

  previousStart = -1;
  for (const sentence of summary.sentences) {
    sliceMatches('summary sentence', sentence);
    if (!withinSomeSentence(sentence) || sentence.end <= sentence.start) fail('summary sentence: not a sentence of the article', sentence);
    if (sentence.start <= previousStart) fail('summary sentences: in article order, once each', sentence);
    previousStart = sentence.start;
  }
  for (const point of summary.keyPoints) {
    sliceMatches('key point', point);
    if (!withinSomeSentence(point) || point.end <= point.start) fail('key point: not within a sentence of the article', point);
  }
  for (const digest of summary.speakers) {
    for (const quote of digest.quotes) sliceMatches(`digest quote of ${digest.id}`, quote);
    for (const piece of digest.digestSpans ?? []) sliceMatches(`digest span of ${digest.id}`, piece);
  }
  return violations;
}
