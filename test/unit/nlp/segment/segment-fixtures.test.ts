import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../../shared/nlp/decode/decode';
import { isDecodeError } from '../../../../shared/nlp/decode/decode-error';
import { segment } from '../../../../shared/nlp/segment/segment';
import type { Segmented } from '../../../../shared/nlp/types';
import { sentenceTexts } from './segment-test-helpers';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

interface Expected {
  readonly reason: string;
  readonly paragraphs: number;
  readonly sentences: readonly string[];
}

function segmentFixture(folder: string): Segmented {
  const document = decode(new Uint8Array(readFileSync(`${fixtures}${folder}/input.txt`)), `${folder}.txt`);
  if (isDecodeError(document)) throw document;
  return segment(document);
}

/** Every span's text is `text.slice(start, end)`: the offsets a client highlights with. */
function expectConsistentSpans(segmented: Segmented): void {
  const { text } = segmented.document;
  for (const sentence of segmented.sentences) {
    const paragraph = segmented.paragraphs[sentence.paragraph]!;
    expect(sentence.start).toBeGreaterThanOrEqual(paragraph.start);
    expect(sentence.end).toBeLessThanOrEqual(paragraph.end);
    expect(text.slice(sentence.start, sentence.end).trim()).toBe(text.slice(sentence.start, sentence.end));
  }
  for (const quotation of segmented.quotations) expect(text.slice(quotation.start, quotation.end)).toBe(quotation.text);
}

describe('segment fixtures', () => {
  const cases = readdirSync(fixtures).filter((name) => name.startsWith('segment-'));

  it('finds the fixture folders', () => {
    expect(cases.length).toBeGreaterThanOrEqual(2);
  });

  for (const name of cases) {
    it(`splits ${name} as its expected.json says`, () => {
      const expected = JSON.parse(readFileSync(`${fixtures}${name}/expected.json`, 'utf8')) as Expected;
      expect(expected.reason.length).toBeGreaterThan(0);
      const segmented = segmentFixture(name);
      expect(segmented.paragraphs).toHaveLength(expected.paragraphs);
      expect(sentenceTexts(segmented)).toEqual(expected.sentences);
      expectConsistentSpans(segmented);
    });
  }
});

describe('the Alaska summit example', () => {
  const segmented = segmentFixture('alaska-summit');
  const lines = readFileSync(`${fixtures}alaska-summit/input.txt`, 'utf8').split('\n').filter((line) => line.trim().length > 0);

  it('is identical to examples/alaska-summit.txt', () => {
    const example = readFileSync(fileURLToPath(new URL('../../../../examples/alaska-summit.txt', import.meta.url)), 'utf8');
    expect(readFileSync(`${fixtures}alaska-summit/input.txt`, 'utf8')).toBe(example);
  });

  it('makes each line a paragraph', () => {
    expect(segmented.paragraphs.map((p) => segmented.document.text.slice(p.start, p.end))).toEqual(lines.map((line) => line.trim()));
  });

  it('finds one sentence per paragraph, since every quote there runs to its attribution', () => {
    expect(segmented.sentences).toHaveLength(20);
    expect(segmented.sentences.map((s) => s.paragraph)).toEqual([...Array(20).keys()]);
  });

  it('does not split the "There were many, many points ..." quotation at its inner full stop or ellipsis', () => {
    const sentences = sentenceTexts(segmented);
    const quote = sentences.find((s) => s.startsWith('"There were many, many points'));
    expect(quote).toBeDefined();
    expect(quote).toContain('I would say. A couple of big ones');
    expect(quote).toContain('headway… We didn');
    expect(quote!.endsWith('without specifying the main obstacle.')).toBe(true);
  });

  it('keeps the heading line "US-Russia ties" as its own sentence', () => {
    expect(sentenceTexts(segmented)).toContain('US-Russia ties');
  });

  it('gives consistent spans for sentences and quotations', () => {
    expect(segmented.quotations.length).toBeGreaterThan(0);
    expectConsistentSpans(segmented);
  });
});
