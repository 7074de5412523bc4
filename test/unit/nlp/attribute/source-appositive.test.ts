import { describe, expect, it } from 'vitest';
import { withSourceAppositive } from '../../../../shared/nlp/attribute/source-appositive';
import { sourceOf } from './source-of';

/** The span withSourceAppositive makes of `name` (found in `text`), as text. */
const appositiveOf = (text: string, name: string): string => {
  const start = text.indexOf(name);
  const span = withSourceAppositive({ start, end: start + name.length }, text);
  return text.slice(span.start, span.end);
};

describe('a source with a description', () => {
  it('keeps the description set off after "according to X"', () => {
    const text = 'The bill passed, according to the Human Rights Campaign, an advocacy group.';
    expect(sourceOf(text, 'The bill passed')).toBe('the Human Rights Campaign, an advocacy group');
  });

  it('keeps the description set off after the subject of a cue', () => {
    const text = 'Gary Emineth, a former state party chairman, became a delegate and said that Trump would win.';
    expect(sourceOf(text, 'Trump would win')).toBe('Gary Emineth, a former state party chairman');
  });

  it('takes no clause for a description', () => {
    const text = 'According to the same poll, a majority of voters were undecided in August.';
    expect(sourceOf(text, 'a majority of voters')).toBe('the same poll');
  });

  it('runs on over an honorific, an initial, an abbreviation and a state, not over a sentence end', () => {
    expect(appositiveOf('Brian Fallon, a spokesman for Mrs. Clinton, called.', 'Brian Fallon')).toBe('Brian Fallon, a spokesman for Mrs. Clinton');
    expect(appositiveOf('Michael J. Petrilli, president of the Thomas B. Fordham Institute, said so.', 'Michael J. Petrilli')).toBe('Michael J. Petrilli, president of the Thomas B. Fordham Institute');
    expect(appositiveOf('Steve Elmendorf, a veteran D.C. lobbyist, said so.', 'Steve Elmendorf')).toBe('Steve Elmendorf, a veteran D.C. lobbyist');
    expect(appositiveOf('Sandra Inman, a Cruz supporter from Jackson, Miss., said so.', 'Sandra Inman')).toBe('Sandra Inman, a Cruz supporter from Jackson, Miss.');
    expect(appositiveOf('He said so to Tom Ridge, a friend. He left.', 'Tom Ridge')).toBe('Tom Ridge, a friend');
  });
});
