import { describe, expect, it } from 'vitest';
import { sourceOf } from './source-of';

describe('a report set off by commas', () => {
  it('credits a quoted fragment of its sentence to the subject of the aside, not to the sentence subject', () => {
    const text = 'Tripp spoke in Columbia. South Carolina, he said, was "where we have a chance to go mano a mano with Trump."';
    expect(sourceOf(text, 'mano a mano')).toBe('he');
  });

  it('takes no aside that is not a report', () => {
    const text = 'Tripp spoke in Columbia. South Carolina, he noticed with a grin, was "where we have a chance to win."';
    expect(sourceOf(text, 'a chance to win')).not.toBe('he');
  });
});
