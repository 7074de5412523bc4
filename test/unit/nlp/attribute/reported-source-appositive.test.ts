import { describe, expect, it } from 'vitest';
import { sourceOf } from './source-of';

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
