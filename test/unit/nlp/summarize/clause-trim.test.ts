import { describe, expect, it } from 'vitest';
import { trimToClause } from '../../../../shared/nlp/summarize/clause-trim';

const whole = (s: string) => ({ start: 0, end: s.length });
const trim = (s: string, maxWords?: number) => {
  const span = trimToClause(s, whole(s), maxWords);
  return s.slice(span.start, span.end);
};

describe('trimToClause', () => {
  it('drops a trailing ", he said." and keeps the claim', () => {
    expect(trim('The team used specialized gear that detects signs of life, he said.')).toBe('The team used specialized gear that detects signs of life');
  });

  it('drops a trailing attribution with an appositive (", said Pushparam K.C., a spokesman ...")', () => {
    expect(trim('The man was saved after a French rescue team found him under the rubble, said Pushparam K.C., a spokesman for the police.')).toBe(
      'The man was saved after a French rescue team found him under the rubble',
    );
  });

  it('keeps "X said <long claim>": there the speech verb opens the claim, it is no trailing attribution', () => {
    const s = 'Wang Dongming, one of the three kite flyers, said special sturdier rope made from kevlar had to be used to thread the whole kite through the sky.';
    expect(trim(s, 40)).toBe(s);
  });

  it('drops an opening "But" that ties the sentence to the one before', () => {
    expect(trim('But it took about 10 more hours for the French team to dig him out.')).toBe('it took about 10 more hours for the French team to dig him out.');
  });

  it('cuts a long sentence at its first clause break ("which", a dash) after enough words', () => {
    const long = 'Quarterly profits at the media giant jumped 76% to $1.13bn for the three months to December, which was better than analysts expected after a year of cuts and a long fight with regulators over its accounts.';
    expect(trim(long, 20)).toBe('Quarterly profits at the media giant jumped 76% to $1.13bn for the three months to December');
  });

  it('leaves a short sentence alone and never returns an empty span', () => {
    expect(trim('Prices rose.')).toBe('Prices rose.');
    expect(trim('But he said.')).toBe('But he said.');
  });
});
