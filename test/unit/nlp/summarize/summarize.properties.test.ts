import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../shared/nlp/summarize/summarize';
import type { Attributed, Summary } from '../../../../shared/nlp/types';
import { attributedFromSentences, attributedText } from './build-attributed';

const WORDS = ['minister', 'said', 'the', 'talks', 'in', 'Geneva', 'would', 'resume', 'on', 'Monday', 'after', 'a', 'pause', 'of', 'three', 'weeks', 'Russia', 'Ukraine', 'police', 'arrested', '42', 'people', 'market', 'fell', 'by', '3%', 'officials', 'warned', 'that'];
const OPENINGS = ['', 'But ', 'He ', 'However, ', '"', 'Scroll down for video ', 'The '];

const sentence = fc
  .tuple(fc.constantFrom(...OPENINGS), fc.array(fc.constantFrom(...WORDS), { minLength: 2, maxLength: 24 }), fc.constantFrom('.', '?', '!'))
  .map(([opening, words, stop]) => {
    const body = words.join(' ');
    const capitalized = opening === '' ? body.charAt(0).toUpperCase() + body.slice(1) : opening + body;
    return opening === '"' ? `${capitalized}${stop}"` : capitalized + stop;
  });
const article = fc.array(fc.array(sentence, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
const requested = fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined });

/** Every summary sentence is a sentence of the article (or its tail, past page furniture), in order, once. */
function expectSentencesOf(attributed: Attributed, summary: Summary, k: number | undefined): void {
  const { text } = attributed.segmented.document;
  const sentences = attributed.segmented.sentences;
  const owners = summary.sentences.map((span) => {
    expect(text.slice(span.start, span.end)).toBe(span.text);
    const owner = sentences.findIndex((s) => span.start >= s.start && span.end === s.end && span.end > span.start);
    expect(owner).toBeGreaterThanOrEqual(0);
    return owner;
  });
  for (let i = 1; i < owners.length; i++) expect(owners[i]).toBeGreaterThan(owners[i - 1] ?? -1);
  const expected = Math.min(k ?? 3, Math.ceil(sentences.length / 2));
  expect(summary.sentences).toHaveLength(expected);
}

function expectPointsInSentences(attributed: Attributed, summary: Summary): void {
  const { text } = attributed.segmented.document;
  const sentences = attributed.segmented.sentences;
  expect(summary.keyPoints.length).toBeLessThanOrEqual(5);
  expect(summary.keyPoints.length).toBeGreaterThanOrEqual(Math.min(3, sentences.length));
  for (const point of summary.keyPoints) {
    expect(text.slice(point.start, point.end)).toBe(point.text);
    expect(point.end).toBeGreaterThan(point.start);
    expect(sentences.some((s) => point.start >= s.start && point.end <= s.end)).toBe(true);
  }
}

describe('summarize, for any article', () => {
  it('returns real sentences of the text, in article order, without duplicates, as many as asked (at most half the article)', () => {
    fc.assert(
      fc.property(article, requested, (paragraphs, k) => {
        const attributed = attributedFromSentences(paragraphs);
        const summary = summarize(attributed, k === undefined ? {} : { sentences: k });
        expectSentencesOf(attributed, summary, k);
        expectPointsInSentences(attributed, summary);
      }),
      { numRuns: 150 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(article, (paragraphs) => {
        const attributed = attributedFromSentences(paragraphs);
        expect(summarize(structuredClone(attributed))).toEqual(summarize(attributed));
      }),
      { numRuns: 50 },
    );
  });

  it('keeps its invariants on the real segmenter and attributor output', () => {
    fc.assert(
      fc.property(article, requested, (paragraphs, k) => {
        const attributed = attributedText(paragraphs.map((p) => p.join(' ')).join('\n'));
        const summary = summarize(attributed, k === undefined ? {} : { sentences: k });
        expectSentencesOf(attributed, summary, k);
        expectPointsInSentences(attributed, summary);
        const { text } = attributed.segmented.document;
        for (const speaker of summary.speakers) for (const q of [...speaker.quotes, ...(speaker.digestSpans ?? [])]) expect(text.slice(q.start, q.end)).toBe(q.text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('summarize, at the edges', () => {
  it('returns an empty summary for an article with no sentences', () => {
    expect(summarize(attributedFromSentences([]))).toEqual({ sentences: [], keyPoints: [], speakers: [] });
  });

  it('returns nothing when zero sentences are asked for, but still key points', () => {
    const attributed = attributedFromSentences([['Floods hit the valley on Sunday.', 'Thousands of families left their homes.', 'Rescue teams arrived by boat on Monday.']]);
    const summary = summarize(attributed, { sentences: 0 });
    expect(summary.sentences).toEqual([]);
    expect(summary.keyPoints.length).toBeGreaterThan(0);
  });
});
