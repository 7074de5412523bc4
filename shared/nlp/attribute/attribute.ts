import type { Attributed, AttributedQuote, Mention, Segmented, SpeakerCluster } from '../types';
import { speakerId } from './speaker-id';

const NAME = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b/g;

/** First cut: the nearest capitalized name in the quote's sentence is its speaker. */
export function attribute(segmented: Segmented): Attributed {
  const { text } = segmented.document;
  const mentions: Mention[] = [];
  for (let m = NAME.exec(text); m; m = NAME.exec(text)) mentions.push({ start: m.index, end: m.index + m[0].length, kind: 'name', text: m[0] });
  const clusters = new Map<string, Mention[]>();
  const quotes: AttributedQuote[] = segmented.quotations.map((q) => {
    const sentence = segmented.sentences[q.sentence];
    const inSentence = mentions.filter((m) => sentence && m.start >= sentence.start && m.end <= sentence.end && (m.end <= q.start || m.start >= q.end));
    const nearest = inSentence.sort((a, b) => Math.abs(a.start - q.start) - Math.abs(b.start - q.start))[0];
    if (!nearest) return { ...q, speaker: null, source: null, confidence: 0 };
    const list = clusters.get(nearest.text) ?? [];
    list.push(nearest);
    clusters.set(nearest.text, list);
    return { ...q, speaker: { id: speakerId(nearest.text), name: nearest.text }, source: { start: nearest.start, end: nearest.end }, confidence: 0.5 };
  });
  const speakers: SpeakerCluster[] = [...clusters].map(([name, ms]) => ({ id: speakerId(name), name, mentions: ms }));
  return { segmented, speakers, quotes };
}
