import { readFileSync } from 'node:fs';
import { attribute } from '../../../../shared/nlp/attribute/attribute';
import { segment } from '../../../../shared/nlp/segment/segment';
import type { Attributed, AttributedQuote, Paragraph, Sentence, SpeakerCluster } from '../../../../shared/nlp/types';
import { documentFromText } from '../../../../shared/nlp/document-from-text';

/** Runs the real pipeline stages in front of summarize, as the Lambdas do. */
export function attributedText(text: string, title: string | null = null): Attributed {
  return attribute(segment(documentFromText('test', text, title)));
}

/** A fixture folder's article (and title, when it has one) through segment and attribute. */
export function attributedFixture(name: string): Attributed {
  const folder = new URL(`../../../fixtures/${name}/`, import.meta.url);
  const text = readFileSync(new URL('input.txt', folder), 'utf8');
  let title: string | null = null;
  try {
    title = readFileSync(new URL('title.txt', folder), 'utf8').trim();
  } catch {
    title = null;
  }
  return attributedText(text, title);
}

/**
 * An Attributed built by hand from paragraphs of sentences, so a test controls exactly where
 * sentences and quotes are and does not depend on the segmenter's or attributor's choices.
 */
export function attributedFromSentences(
  paragraphs: readonly (readonly string[])[],
  quotes: readonly { sentence: number; speaker: string | null; kind?: AttributedQuote['kind'] }[] = [],
  title: string | null = null,
): Attributed {
  let text = '';
  const paragraphSpans: Paragraph[] = [];
  const sentences: Sentence[] = [];
  paragraphs.forEach((paragraph, p) => {
    if (p > 0) text += '\n';
    const start = text.length;
    paragraph.forEach((sentence, i) => {
      if (i > 0) text += ' ';
      sentences.push({ start: text.length, end: text.length + sentence.length, paragraph: p });
      text += sentence;
    });
    paragraphSpans.push({ start, end: text.length });
  });
  const speakerId = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const attributedQuotes: AttributedQuote[] = quotes.map((q) => {
    const s = sentences[q.sentence];
    if (!s) throw new Error(`no sentence ${q.sentence}`);
    // As the segmenter does: a quote's span is its content, inside the marks; reported speech is the sentence.
    const sentenceText = text.slice(s.start, s.end);
    const open = sentenceText.indexOf('"');
    const close = open < 0 || q.kind === 'indirect' ? -1 : sentenceText.indexOf('"', open + 1);
    const start = close > open ? s.start + open + 1 : s.start;
    const end = close > open ? s.start + close : s.end;
    return {
      start,
      end,
      text: text.slice(start, end),
      kind: q.kind ?? 'direct',
      cue: null,
      sentence: q.sentence,
      speaker: q.speaker ? { id: speakerId(q.speaker), name: q.speaker } : null,
      source: null,
      confidence: 0.9,
    };
  });
  const names = [...new Set(quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))];
  const speakers: SpeakerCluster[] = names.map((name) => ({ id: speakerId(name), name, mentions: [] }));
  return {
    segmented: { document: documentFromText('test', text, title), paragraphs: paragraphSpans, sentences, quotations: attributedQuotes },
    speakers,
    quotes: attributedQuotes,
  };
}
