import { describe, expect, it } from 'vitest';
import { speakerPhrase } from '../../../../shared/nlp/attribute/speaker-phrase';

/** The phrase speakerPhrase makes of `mention` (found in `text`), as text. */
const phraseOf = (text: string, mention: string): string => {
  const start = text.indexOf(mention);
  if (start < 0) throw new Error(`${mention} not in ${text}`);
  const span = speakerPhrase({ start, end: start + mention.length }, text);
  return text.slice(span.start, span.end);
};

describe('speakerPhrase', () => {
  it('drops a clause word the subject search swept in at the start', () => {
    expect(phraseOf('After Johnson said the deal was dead, markets fell.', 'After Johnson')).toBe('Johnson');
  });

  it('drops a trailing aside about the moment, but keeps an appositive about the speaker', () => {
    expect(phraseOf('Mr. Trump, in an interview on Friday, said he would go.', 'Mr. Trump, in an interview on Friday,')).toBe('Mr. Trump');
    expect(phraseOf('Josh Earnest, the White House press secretary, said no.', 'Josh Earnest, the White House press secretary')).toBe('Josh Earnest, the White House press secretary');
  });

  it("takes the verb's clitic off a pronoun", () => {
    expect(phraseOf("He's said it before.", "He's")).toBe('He');
  });

  it('reaches left over words that belong to the speaker: a proxy who speaks for the name', () => {
    expect(phraseOf('A spokeswoman for YouTube said the video was removed.', 'YouTube')).toBe('A spokeswoman for YouTube');
  });

  it('stays inside the mention it was given when there is nothing to trim or extend', () => {
    const text = 'Vladimir Putin said talks were useful.';
    expect(speakerPhrase({ start: 0, end: 14 }, text)).toEqual({ start: 0, end: 14 });
  });
});
