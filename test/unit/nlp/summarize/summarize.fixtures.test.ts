import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../shared/nlp/summarize/summarize';
import type { Summary, TextSpan } from '../../../../shared/nlp/types';
import { attributedFixture } from './build-attributed';

const FIXTURES = ['summarize-photo-caption-lead', 'summarize-dateline-lead', 'summarize-two-sentences', 'summarize-bare-quote-lead', 'summarize-alaska-summit'];

const allSpans = (summary: Summary): TextSpan[] => [
  ...summary.sentences,
  ...summary.keyPoints,
  ...summary.speakers.flatMap((s) => [...s.quotes, ...(s.digestSpans ?? [])]),
];

describe('summarize on fixture articles', () => {
  it.each(FIXTURES)('gives every span of %s the exact text at its offsets', (name) => {
    const attributed = attributedFixture(name);
    const { text } = attributed.segmented.document;
    const spans = allSpans(summarize(attributed));
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('passes over a photo caption and credit above the first paragraph', () => {
    const summary = summarize(attributedFixture('summarize-photo-caption-lead'));
    const texts = [...summary.sentences, ...summary.keyPoints].map((s) => s.text);
    expect(texts.some((t) => /Image (?:caption|copyright)/.test(t))).toBe(false);
    expect(summary.sentences[0]?.text).toMatch(/^Quarterly profits at US media giant TimeWarner jumped 76%/);
  });

  it('keeps a dateline lead but starts its span after "Kathmandu, Nepal (CNN)"', () => {
    const attributed = attributedFixture('summarize-dateline-lead');
    const summary = summarize(attributed);
    const first = summary.sentences[0];
    expect(first?.text).toMatch(/^Rescuers in Nepal have pulled a man/);
    expect(first?.start).toBe(attributed.segmented.document.text.indexOf('Rescuers'));
    expect(summary.sentences.some((s) => s.text.includes('(CNN)'))).toBe(false);
  });

  it('gives a two-sentence article a one-sentence summary: its lead, even when three are asked for', () => {
    const attributed = attributedFixture('summarize-two-sentences');
    for (const options of [{}, { sentences: 3 }]) {
      const summary = summarize(attributed, options);
      expect(summary.sentences.map((s) => s.text)).toEqual(['Ex-Home Secretary David Blunkett has given fresh clues that the general election will be announced on Monday.']);
      expect(summary.keyPoints.length).toBeLessThanOrEqual(2);
    }
  });

  it('leaves a bare opening quote ("A long, long, time ago...") out of the summary and the key points', () => {
    const summary = summarize(attributedFixture('summarize-bare-quote-lead'));
    expect(summary.sentences).toHaveLength(3);
    const texts = [...summary.sentences, ...summary.keyPoints].map((s) => s.text);
    expect(texts.some((t) => t.includes('A long, long, time ago'))).toBe(false);
    expect(texts.join(' ')).toMatch(/American Pie/);
  });

  describe('the Alaska summit example', () => {
    const attributed = attributedFixture('summarize-alaska-summit');
    const summary = summarize(attributed);
    const { text } = attributed.segmented.document;

    it('says the summary is about the summit, Putin and Trump', () => {
      const joined = summary.sentences.map((s) => s.text).join(' ');
      expect(summary.sentences).toHaveLength(3);
      expect(joined).toMatch(/summit/i);
      expect(joined).toMatch(/Putin/);
      expect(joined).toMatch(/Trump/);
    });

    it('gives 3 to 5 key points, each shorter than or as long as the sentence it comes from, naming Putin or Trump first', () => {
      expect(summary.keyPoints.length).toBeGreaterThanOrEqual(3);
      expect(summary.keyPoints.length).toBeLessThanOrEqual(5);
      for (const point of summary.keyPoints) {
        const sentence = attributed.segmented.sentences.find((s) => point.start >= s.start && point.end <= s.end);
        expect(sentence).toBeDefined();
      }
      expect(summary.keyPoints[0]?.text).toMatch(/Putin|Trump/);
    });

    it('puts Putin, who is quoted most, first in who said what, with at most two quotes and an extractive digest', () => {
      const first = summary.speakers[0];
      expect(first?.name).toMatch(/Putin/);
      for (const speaker of summary.speakers) {
        expect(speaker.quotes.length).toBeGreaterThanOrEqual(1);
        expect(speaker.quotes.length).toBeLessThanOrEqual(2);
        expect(speaker.digest.length).toBeGreaterThan(0);
        for (const piece of speaker.digest.split(' … ')) expect(text.replace(/\s+/g, ' ')).toContain(piece);
      }
      const counts = summary.speakers.map((s) => s.quoteCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    });

    it('is deterministic: the same article twice, or a copy of it, gives the same summary', () => {
      expect(summarize(attributed)).toEqual(summary);
      expect(summarize(structuredClone(attributed))).toEqual(summary);
    });
  });
});
