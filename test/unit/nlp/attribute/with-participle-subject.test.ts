import { describe, expect, it } from 'vitest';
import { sourceOfCue } from './source-of';

describe('an absolute "with" clause', () => {
  it('credits its participle to the noun phrase after "with", not to the main clause subject', () => {
    const text = 'Mr. Trump leads the field, with 30 percent of voters saying he is the strongest leader.';
    expect(sourceOfCue(text, 'saying')).toBe('30 percent of voters');
  });

  it('leaves a participle alone that no "with" clause leads to', () => {
    const text = 'Mr. Trump spoke for an hour, saying he is the strongest leader.';
    expect(sourceOfCue(text, 'saying')).toBe('Mr. Trump');
  });
});
