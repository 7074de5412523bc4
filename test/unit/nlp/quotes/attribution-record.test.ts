import { describe, expect, it } from 'vitest';
import { attribute } from '../../../../shared/nlp/attribute/attribute';
import { toAttributionRecords } from '../../../../shared/nlp/quotes/attribution-record';
import { segmentText } from './document';

describe('toAttributionRecords', () => {
  it('writes the scorer format: content span, source, cue and speaker name', () => {
    const text = '"We made real progress," Trump said.';
    const [record] = toAttributionRecords(attribute(segmentText(text)));
    const at = (s: string): { start: number; end: number } => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    expect(record).toEqual({ content: at('We made real progress,'), source: at('Trump'), cue: at('said'), speaker: 'Trump' });
  });

  it('writes a quote interrupted by its cue as several spans', () => {
    const text = '"It was a good meeting," Trump said. "We will meet again."';
    const [record] = toAttributionRecords(attribute(segmentText(text)));
    const first = 'It was a good meeting,';
    const second = 'We will meet again.';
    expect(record?.content).toEqual({ spans: [[text.indexOf(first), text.indexOf(first) + first.length], [text.indexOf(second), text.indexOf(second) + second.length]] });
  });

  it('writes null source and speaker when nobody can be found', () => {
    const [record] = toAttributionRecords(attribute(segmentText('"It was a disaster."')));
    expect(record).toMatchObject({ source: null, cue: null, speaker: null });
  });
});
