import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../../../shared/nlp/segment/split-paragraphs';
import { splitSentences } from '../../../../shared/nlp/segment/split-sentences';
import type { Paragraph, Sentence } from '../../../../shared/nlp/types';
import { segmentText } from './segment-test-helpers';

const alaskaParagraphs = readFileSync(fileURLToPath(new URL('../../../fixtures/alaska-summit/input.txt', import.meta.url)), 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0);

const WHITESPACE = /\s/u;

/** The invariants every client relies on; returns nothing, fails by expect. */
function checkSpans(text: string, paragraphs: readonly Paragraph[], sentences: readonly Sentence[]): void {
  let previousEnd = 0;
  for (const paragraph of paragraphs) {
    expect(paragraph.start).toBeGreaterThanOrEqual(previousEnd);
    expect(paragraph.end).toBeGreaterThan(paragraph.start);
    expect(paragraph.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(paragraph.start, paragraph.end)).not.toContain('\n');
    previousEnd = paragraph.end;
  }
  previousEnd = 0;
  let covered = 0;
  for (const sentence of sentences) {
    const paragraph = paragraphs[sentence.paragraph];
    expect(paragraph).toBeDefined();
    expect(sentence.start).toBeGreaterThanOrEqual(Math.max(previousEnd, paragraph!.start));
    expect(sentence.end).toBeGreaterThan(sentence.start);
    expect(sentence.end).toBeLessThanOrEqual(paragraph!.end);
    const slice = text.slice(sentence.start, sentence.end);
    expect(WHITESPACE.test(slice.charAt(0))).toBe(false);
    expect(WHITESPACE.test(slice.charAt(slice.length - 1))).toBe(false);
    covered += slice.length;
    previousEnd = sentence.end;
  }
  // Sentences cover every paragraph up to the whitespace between them.
  const paragraphChars = paragraphs.reduce((sum, p) => sum + text.slice(p.start, p.end).replace(/\s/gu, '').length, 0);
  const sentenceChars = sentences.reduce((sum, s) => sum + text.slice(s.start, s.end).replace(/\s/gu, '').length, 0);
  expect(sentenceChars).toBe(paragraphChars);
  expect(covered).toBeLessThanOrEqual(text.length);
}

/** Characters the splitter reacts to, so random strings hit its rules often. */
const trickyChar = fc.constantFrom('.', '!', '?', '…', '"', "'", '“', '”', '‘', '’', '(', ')', '[', ']', '«', '»', ' ', '\n', '\t', 'A', 'a', 'U', 'S', '3', 'Mr', 'Dr', 'U.S', ' The', '\\', '\u00a0', '\r');

describe('segment properties', () => {
  it('keeps its span invariants on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const { paragraphs, sentences } = segmentText(text);
        checkSpans(text, paragraphs, sentences);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps its span invariants on strings made of the characters its rules look at', () => {
    fc.assert(
      fc.property(fc.array(trickyChar, { maxLength: 200 }), (chars) => {
        const text = chars.join('');
        const paragraphs = splitParagraphs(text);
        checkSpans(text, paragraphs, splitSentences(text, paragraphs));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps its span invariants on shuffled real paragraphs, and paragraphs never merge', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(alaskaParagraphs, { minLength: 1 }), fc.constantFrom('\n', '\n\n', '\r\n'), (chosen, separator) => {
        const text = chosen.join(separator);
        const segmented = segmentText(text);
        checkSpans(text, segmented.paragraphs, segmented.sentences);
        expect(segmented.paragraphs).toHaveLength(chosen.length);
        for (const quotation of segmented.quotations) expect(text.slice(quotation.start, quotation.end)).toBe(quotation.text);
      }),
      { numRuns: 100 },
    );
  });

  it('splits a paragraph the same way wherever it sits in the article', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(alaskaParagraphs, { minLength: 2 }), (chosen) => {
        const alone = chosen.map((paragraph) => segmentText(paragraph).sentences.length);
        const together = segmentText(chosen.join('\n')).sentences;
        expect(chosen.map((_, index) => together.filter((s) => s.paragraph === index).length)).toEqual(alone);
      }),
      { numRuns: 50 },
    );
  });
});

describe('segment on pathological input', () => {
  const MEGABYTE = 1024 * 1024;
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['straight double quotes', '"'.repeat(MEGABYTE)],
    ['curly openers then closers', '“'.repeat(MEGABYTE / 2) + '”'.repeat(MEGABYTE / 2)],
    ['openers of one kind, closers of another', '('.repeat(MEGABYTE / 2) + '”'.repeat(MEGABYTE / 2)],
    ['dots', '.'.repeat(MEGABYTE)],
    ['dot-space pairs', '. '.repeat(MEGABYTE / 2)],
    ['initials', 'A. '.repeat(MEGABYTE / 3)],
    ['backslashes', '\\'.repeat(MEGABYTE)],
    ['nested brackets', '(['.repeat(MEGABYTE / 4) + '])'.repeat(MEGABYTE / 4)],
    ['quote, stop, space', '". '.repeat(MEGABYTE / 3)],
    ['apostrophes and words', "a' 'b ".repeat(MEGABYTE / 6)],
  ];

  // Paragraphs and sentences only: quotations come from quotes/find-quotations, which has its own budget.
  it.each(cases)('splits 1 MB of %s in well under a second', (_, text) => {
    const started = performance.now();
    const paragraphs = splitParagraphs(text);
    const sentences = splitSentences(text, paragraphs);
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(1000);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(sentences.length).toBeGreaterThan(0);
  });
});
