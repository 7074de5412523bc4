import { describe, expect, it } from 'vitest';
import { sourceOf } from './source-of';

describe('a cue reported "according to" someone else', () => {
  it('takes the outer report as the source of a quote whose cue it reports', () => {
    const text = 'The senator spoke on Monday.\n\n“I ask you not to protest on the floor,” Sanders said, according to CNN. “It matters.”';
    expect(sourceOf(text, 'I ask you')).toBe('CNN');
  });

  it('reaches past words that qualify the cue, up to the next punctuation', () => {
    const text = '“It’s downright ludicrous,” Sinovic said during the closed-door session, according to a transcript of the show.';
    expect(sourceOf(text, 'ludicrous')).toBe('a transcript of the show');
  });

  it('reads past the quotation itself when it stands between the cue and the report', () => {
    const text = 'Trump wrote to the company’s chief executive, threatening “a major lawsuit,” according to a copy of the letter.';
    expect(sourceOf(text, 'a major lawsuit')).toBe('a copy of the letter');
  });

  it('does not read past a quotation that ends its sentence', () => {
    const text = '“The number of households led by single mothers has doubled,” she wrote, “and most of them work.”\n\nAbout 9.9 million single mothers work, according to federal statistics.';
    expect(sourceOf(text, 'and most of them work')).toBe('she');
  });

  it('reaches a report at the far end of a long sentence, but not one inside a relative clause', () => {
    const text = 'When Randolph refused to bow out of the race last spring, Grayson began vilifying her and trying to force her out of the race, according to numerous fellow Democrats.';
    expect(sourceOf(text, 'her and trying')).toBe('numerous fellow Democrats');
    const relative = 'His campaign manager, Jeff Weaver, says it is proof the candidate can still close the gap, which stood at 263 on Tuesday, according to the Associated Press.';
    expect(sourceOf(relative, 'proof the candidate')).toBe('His campaign manager, Jeff Weaver');
  });

  it('keeps the speaker when no report follows the cue in its clause', () => {
    const text = '“It’s downright ludicrous,” Sinovic said. According to CNN, the session ran late.';
    expect(sourceOf(text, 'ludicrous')).toBe('Sinovic');
  });
});
