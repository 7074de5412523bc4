import { describe, expect, it } from 'vitest';
import { sourceOfCue } from './source-of';

describe('a participle speaks for the clause subject after a fronted adverbial', () => {
  it('skips "Shortly after …," and "Ahead of …," to the subject', () => {
    const shortly = 'Shortly after the announcement of the death, Senate Majority Leader Mitch McConnell issued a statement saying the seat should stay vacant.';
    expect(sourceOfCue(shortly, 'saying')).toBe('Senate Majority Leader Mitch McConnell');
    const ahead = 'Ahead of the March 1 contests, Rubio assumed the style of his rival, launching attacks on his hands.';
    expect(sourceOfCue(ahead, 'launching')).toBe('Rubio');
  });
});
