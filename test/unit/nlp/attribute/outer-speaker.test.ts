import { describe, expect, it } from 'vitest';
import { attribute } from '../../../../shared/nlp/attribute/attribute';
import { segmentText, slice } from '../quotes/document';

/** The source phrase attribute() gives the quotation tied to the cue `cue` (the inner cue of a nested report). */
const sourceOfCue = (text: string, cue: string): string | null => {
  const quote = attribute(segmentText(text)).quotes.find((q) => slice(text, q.cue) === cue);
  if (!quote) throw new Error(`no quotation with the cue ${cue}`);
  return slice(text, quote.source);
};

describe('a cue inside what someone says', () => {
  it('credits the outer speaker, not the subject of the inner clause', () => {
    const text = 'Still, Democrats say those revelations show that the issue of retroactively classified material matters.';
    expect(sourceOfCue(text, 'show')).toBe('Democrats');
  });

  it('credits the outer speaker over a pronoun that opens the clause', () => {
    const text = 'Beck said he would not expect a Clinton-Trump race to be close.';
    expect(sourceOfCue(text, 'would not expect')).toBe('Beck');
  });

  it('reaches the outer verb past its complement before "that"', () => {
    expect(sourceOfCue('Clinton said in an interview that she believes the transcripts should stay private.', 'believes')).toBe('Clinton');
    expect(sourceOfCue('Mr. Trump told reporters that he thinks the wall will cost less.', 'thinks')).toBe('Mr. Trump');
  });

  it('keeps the party tag that closes the outer subject', () => {
    expect(sourceOfCue('Sen. David Perdue (R-Ga.) said he didn’t believe those characterizations hurt Romney.', 'didn’t believe')).toBe('Sen. David Perdue (R-Ga.)');
  });

  it('leaves a cue alone whose speaker follows no speech verb', () => {
    const text = 'On Monday those revelations showed that the issue matters.';
    expect(sourceOfCue(text, 'showed')).toBe('those revelations');
  });
});
