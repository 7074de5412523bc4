import { describe, expect, it } from 'vitest';
import { trimFurniture } from '../../../../shared/nlp/summarize/trim-furniture';

const trimmed = (s: string) => {
  const span = trimFurniture(s, { start: 0, end: s.length });
  return s.slice(span.start, span.end);
};

describe('trimFurniture', () => {
  it('starts a Daily Mail sentence after its glued-on "Scroll down for video"', () => {
    expect(trimmed('Scroll down for video Flying high: Half of the kite took to the sky.')).toBe('Flying high: Half of the kite took to the sky.');
  });

  it('starts a CNN lead after its dateline, with or without a place', () => {
    expect(trimmed('(CNN)They may not be "Star Trek"-type extraterrestrials.')).toBe('They may not be "Star Trek"-type extraterrestrials.');
    expect(trimmed('Kathmandu, Nepal (CNN)Rescuers in Nepal have pulled a man from the wreckage.')).toBe('Rescuers in Nepal have pulled a man from the wreckage.');
    expect(trimmed('WASHINGTON (CNN) -- The Senate passed the bill.')).toBe('The Senate passed the bill.');
  });

  it('leaves ordinary sentences, and sentences that are nothing but furniture, as they are', () => {
    expect(trimmed('The Senate passed the bill on Tuesday.')).toBe('The Senate passed the bill on Tuesday.');
    expect(trimmed('Scroll down for video')).toBe('Scroll down for video');
  });
});
