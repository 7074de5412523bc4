import type { Attributed, SpeakerDigest, Summary, SummarizeOptions, TextSpan } from '../types';

const span = (text: string, s: { start: number; end: number }): TextSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });

/** First cut: the lead sentences, and each speaker's first quote. */
export function summarize(attributed: Attributed, options: SummarizeOptions = {}): Summary {
  const { text } = attributed.segmented.document;
  const k = options.sentences ?? 3;
  const sentences = attributed.segmented.sentences.slice(0, k).map((s) => span(text, s));
  const speakers: SpeakerDigest[] = attributed.speakers.map((cluster) => {
    const own = attributed.quotes.filter((q) => q.speaker?.id === cluster.id);
    return { id: cluster.id, name: cluster.name, quoteCount: own.length, quotes: own.slice(0, 2).map((q) => span(text, q)), digest: own[0]?.text ?? '' };
  });
  return { sentences, keyPoints: sentences, speakers: speakers.sort((a, b) => b.quoteCount - a.quoteCount) };
}
