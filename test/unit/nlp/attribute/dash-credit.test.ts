import { describe, expect, it } from 'vitest';
import { attribute } from '../../../../shared/nlp/attribute/attribute';
import { segmentText } from '../quotes/document';

const sourceOf = (text: string, contains: string): string | null => {
  const q = attribute(segmentText(text)).quotes.find((x) => x.text.includes(contains));
  return q?.source ? text.slice(q.source.start, q.source.end) : null;
};

describe('dash credit', () => {
  it('credits a quotation to the name after a dash that follows its closing mark', () => {
    const text = 'Readers wrote in after the debate.\n\n“He is ignorant of our culture and lives.” ― Pamela Padilla\n\n“Maybe we can build a wall around him.” ― Steve Quinlan.';
    expect(sourceOf(text, 'ignorant of our culture')).toBe('Pamela Padilla');
    expect(sourceOf(text, 'build a wall')).toBe('Steve Quinlan');
  });

  it('takes a hyphen as the credit dash only when it opens the next paragraph', () => {
    const text = 'The senator spoke at length.\n\n"Almost all new income and wealth is going to the top 1 percent."\n\n- Bernie Sanders.\n\nThe claim is mostly true.';
    expect(sourceOf(text, 'new income and wealth')).toBe('Bernie Sanders');
  });

  it('credits nobody when a possessive name follows the dash', () => {
    const text = 'The slogan spread online.\n\n“Make the deal great again for everyone here.” — Trump’s critics mocked it.';
    expect(sourceOf(text, 'Make the deal')).not.toBe('Trump’s');
  });
});
