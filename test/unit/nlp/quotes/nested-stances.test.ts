import { describe, expect, it } from 'vitest';
import { segmentText, slice } from './document';

const cues = (text: string): (string | null)[] => segmentText(text).quotations.map((q) => slice(text, q.cue));

describe('quotations nested in another quotation', () => {
  it('drops a stance inside what someone told, which annotators leave in the outer content', () => {
    expect(cues('Cruz told reporters that he believes the race is over.')).toEqual(['told']);
  });

  it('drops a quoted fragment inside reported speech', () => {
    const text = 'Sanders told supporters that Clinton wants to "raise money from Wall Street and the oil industry."';
    expect(cues(text)).toEqual(['told']);
  });

  it('keeps a report of speech nested in another report', () => {
    expect(cues('The survey found that two women said they received calls.')).toEqual(['found', 'said']);
  });
});
