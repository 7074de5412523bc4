import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../../../shared/nlp/attribute/attribute';
import { segmentText } from '../quotes/document';

const text = readFileSync(join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'alaska-summit.txt'), 'utf8');
const { quotes, speakers } = attribute(segmentText(text, 'alaska-summit.txt'));
const quoteContaining = (fragment: string) => quotes.find((q) => q.text.includes(fragment));

describe('alaska-summit example', () => {
  it('finds at least the 18 quotations of the article (direct, partial and reported)', () => {
    expect(quotes.length).toBeGreaterThanOrEqual(18);
  });

  it('attributes every quotation to Vladimir Putin or Donald Trump', () => {
    for (const q of quotes) expect([q.text, q.speaker?.name]).toEqual([q.text, expect.stringMatching(/^(Vladimir Putin|Donald Trump)$/)]);
    expect(speakers.map((s) => s.name).sort()).toEqual(['Donald Trump', 'Vladimir Putin']);
  });

  it.each([
    ['We hope that Kiev and European capitals', 'Vladimir Putin', 'direct'],
    ['constructive and useful', 'Vladimir Putin', 'partial'],
    ['the US and Russia are close neighbours', 'Vladimir Putin', 'indirect'],
    ['in a mutually respectful atmosphere', 'Vladimir Putin', 'partial'],
    ['great progress', 'Donald Trump', 'partial'],
    ['There were many, many points', 'Donald Trump', 'direct'],
    ['he would soon brief Ukrainian President', 'Donald Trump', 'indirect'],
    ['If [Trump] had been president', 'Vladimir Putin', 'direct'],
    ['has a clear idea of what he wants', 'Vladimir Putin', 'partial'],
    ['I expect that today', 'Vladimir Putin', 'direct'],
    ['All of Russia', 'Vladimir Putin', 'direct'],
    ['I would like to hope', 'Vladimir Putin', 'direct'],
  ])('attributes "%s" to %s (%s)', (fragment, speaker, kind) => {
    const q = quoteContaining(fragment);
    expect(q?.speaker?.name).toBe(speaker);
    expect(q?.kind).toBe(kind);
  });

  it('attributes "he told reporters" to Trump and "He praised Trump" to Putin', () => {
    const told = quotes.find((q) => q.cue && text.slice(q.cue.start, q.cue.end) === 'told');
    const praised = quotes.find((q) => q.cue && text.slice(q.cue.start, q.cue.end) === 'praised');
    expect(told?.speaker?.name).toBe('Donald Trump');
    expect(praised?.speaker?.name).toBe('Vladimir Putin');
  });
});
