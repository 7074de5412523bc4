import { describe, expect, it } from 'vitest';
import { attribute } from '../../../../shared/nlp/attribute/attribute';
import { segmentText, slice } from '../quotes/document';

/** The source phrase attribute() gives the quotation that contains `content`. */
const sourceOf = (text: string, content: string): string | null => {
  const quote = attribute(segmentText(text)).quotes.find((q) => q.text.includes(content));
  if (!quote) throw new Error(`no quotation containing ${content}`);
  return slice(text, quote.source);
};

describe('a reported source with a description', () => {
  it('keeps the description set off after "according to X"', () => {
    const text = 'The bill passed, according to the Human Rights Campaign, an advocacy group.';
    expect(sourceOf(text, 'The bill passed')).toBe('the Human Rights Campaign, an advocacy group');
  });

  it('takes no clause for a description', () => {
    const text = 'According to the same poll, a majority of voters were undecided in August.';
    expect(sourceOf(text, 'a majority of voters')).toBe('the same poll');
  });
});
