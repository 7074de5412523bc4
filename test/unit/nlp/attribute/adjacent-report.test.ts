import { describe, expect, it } from 'vitest';
import { sourceOf } from './source-of';

describe('a quotation standing alone after a report that closes the sentence before it', () => {
  it('goes to the reporter named after the verb, without the description set off after the name', () => {
    const text =
      'Trump spoke at a rally.\n\n“I fundamentally disagree,” said retired Army Lt. Gen. Mick Bednarek, who served in Iraq from 2013 to 2015. “The bottom line is that more bombing has no bearing on it.”\n';
    expect(sourceOf(text, 'The bottom line')).toBe('retired Army Lt. Gen. Mick Bednarek');
  });

  it('goes to the reporter named before the verb, a possessive name included', () => {
    const text = 'Craig Robinson spoke first.\n\nIowa State University’s Dianne Bystrom agreed. “Mainstream Republicans are running out of time to find an alternative.”\n';
    expect(sourceOf(text, 'Mainstream Republicans')).toBe('Iowa State University’s Dianne Bystrom');
  });

  it('goes to a reporter named with a description set off before the verb', () => {
    const text =
      'Both candidates said it was no big deal.\n\nSam Lau, the communications director for the Iowa Democratic Party said in a statement. “There are no paper ballots to recount.”\n';
    expect(sourceOf(text, 'no paper ballots')).toBe('Sam Lau, the communications director for the Iowa Democratic Party');
  });

  it('reads past a stray quote mark the quotation before it left', () => {
    const text = "Putin spoke.\n\nIn 2008, he complained. ''We are told all the time, 'Kosovo is a special case,''' Mr. Putin said. ''It is all lies. There is no special case.''\n";
    expect(sourceOf(text, 'It is all lies')).toBe('Mr. Putin');
  });

  it('keeps the speaker quoted before when the sentence before is no closing report', () => {
    const text =
      '“We will win,” Sanders said.\n\nThe rally ended at noon. “It is a matter of dignity.”\n';
    expect(sourceOf(text, 'It is a matter of dignity')).toBe('Sanders');
  });
});

describe('a quotation no cue claims, followed in its sentence by a report', () => {
  it('goes to the reporter named before the verb, past the stray marks of a quotation inside it', () => {
    const text = "Biden spoke at the dinner.\n\n''She'd look at me and say, 'What did he mean by that?''' Mr. Biden said, clutching the lectern with two hands.\n";
    expect(sourceOf(text, 'What did he mean')).toBe('Mr. Biden');
  });

  it('goes to the reporter named after the verb', () => {
    const text = "McCain spoke.\n\n''Most voters will not be satisfied with 'We'll bomb them,''' said Senator John McCain of Arizona, referring to the vow.\n";
    expect(sourceOf(text, 'Most voters')).toBe('Senator John McCain of Arizona');
  });

  it('takes a document that reads the words, named at length after the verb', () => {
    const text = 'Grassley was criticized at home.\n\n“There are invertebrates that have shown more spine than Sen. Charles Grassley,” reads a Wednesday editorial in The Des Moines Register.\n';
    expect(sourceOf(text, 'invertebrates')).toBe('a Wednesday editorial in The Des Moines Register');
  });
});
