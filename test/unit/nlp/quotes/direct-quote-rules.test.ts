import { describe, expect, it } from 'vitest';
import type { Quotation } from '../../../../shared/nlp/types';
import { segmentText, slice, withCue } from './document';

const withExactCue = (text: string, cue: string): Quotation | undefined => withCue(text, cue, 'exact');
const pieces = (text: string, q: Quotation | undefined): string[] => (q ? (q.pieces ?? [q]).map((p) => text.slice(p.start, p.end)) : []);

describe('direct quotation boundaries', () => {
  it('ends a clause at a quotation closing with its comma before a participle cue', () => {
    const text = 'In the email, Ash described the move as a “major breach of trust,” adding: “I am now informing all of our committee members.”';
    expect(withExactCue(text, 'described')?.text).toBe('the move as a “major breach of trust,”');
    const adding = withExactCue(text, 'adding');
    expect(adding?.kind).toBe('direct');
    expect(pieces(text, adding)).toEqual(['I am now informing all of our committee members.']);
  });

  it('continues a partial quotation with the quotation that follows its cue in the paragraph', () => {
    const text = 'Whatever route he chooses, Sanders “has pole-vaulted himself into a leadership position,” Sroka said. “He is going to be a powerful voice.”';
    const q = withExactCue(text, 'said');
    expect(pieces(text, q)).toEqual(['Whatever route he chooses, Sanders “has pole-vaulted himself into a leadership position,”', 'He is going to be a powerful voice.']);
    expect(segmentText(text).quotations).toHaveLength(1);
  });

  it('continues a quotation closed by its speaker with a paragraph that is one quotation', () => {
    const text = '“Any candidate should speak out,” Christie said.\n\n“And I think it is unacceptable to him.”\n\nThe crowd cheered.\n\n“Nobody asked.”';
    const q = withExactCue(text, 'said');
    expect(pieces(text, q)).toEqual(['Any candidate should speak out,', 'And I think it is unacceptable to him.']);
    // A paragraph in between ends the speaker's turn.
    expect(segmentText(text).quotations).toHaveLength(2);
  });
});

describe('objects ending in a quotation', () => {
  it('ends an object at a quotation that closes with its own comma', () => {
    const text = 'Trump called the report “a rush to judgment,” the campaign added on Tuesday.';
    expect(withExactCue(text, 'called')?.text).toBe('the report “a rush to judgment,”');
  });
});

describe('titles in fronted adverbials', () => {
  it('looks past a show title in the adverbial after the cue for the content\'s "that"', () => {
    const text = 'Sanders said on ABC\'s "This Week With George Stephanopoulos" that he would look at the bill.';
    expect(withExactCue(text, 'said')?.text).toBe('that he would look at the bill');
    // A title closing the clause with its comma ends the search: the quotation after "adding" is that cue's own.
    const adding = '"He does not have a chance," Graham said on MSNBC\'s "Morning Joe," adding, "Kasich is an insider."';
    expect(pieces(adding, withExactCue(adding, 'said'))).toEqual(['He does not have a chance,']);
    expect(pieces(adding, withExactCue(adding, 'adding'))).toEqual(['Kasich is an insider.']);
  });

  it('does not take a show title closing a fronted adverbial for the content', () => {
    const text = 'Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said a Trump ticket with him would be a “two-pirate ticket.”';
    const q = withExactCue(text, 'said');
    expect(q?.text).toBe('a Trump ticket with him would be a “two-pirate ticket.”');
    expect(segmentText(text).quotations).toHaveLength(1);
  });

  it('still takes a quotation ending a spoken clause before its cue', () => {
    const text = 'In the end, it was “a very bad deal,” Trump said.';
    expect(withExactCue(text, 'said')?.text).toBe('In the end, it was “a very bad deal,”');
  });
});

describe('speakers of direct quotations', () => {
  it('takes the subject after the quotation, not a name inside its aside', () => {
    const text = '"Both of them scare me," Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.';
    const q = withExactCue(text, 'said');
    expect(q?.kind).toBe('direct');
    expect(slice(text, q?.speakerMention)).toBe('Harry Bond, 30, of Raleigh, N.C., who was among those polled');
  });

  it('ends an appositive source before a second cue', () => {
    const text = '“You are no longer welcome,” said Kristen Day, executive director of Democrats for Life, reports USA Today.';
    expect(slice(text, withExactCue(text, 'said')?.speakerMention)).toBe('Kristen Day, executive director of Democrats for Life');
  });
});

describe('quote marks', () => {
  it('opens a quotation with a right double mark where only an opening mark fits', () => {
    const text = 'Readers wrote in.\n\n”Fear. I am truly afraid that he will win.” ― Edwin Monroy.\n\n\u202a”This is why it has to end. They are evil,” said John Krystek.';
    const texts = segmentText(text).quotations.map((q) => pieces(text, q).join(' | '));
    expect(texts).toContain('Fear. I am truly afraid that he will win.');
    expect(withExactCue(text, 'said')?.text).toBe('This is why it has to end. They are evil,');
  });
});

describe('unknown speech verbs after a quotation', () => {
  it('takes a verb followed by an adverbial as the cue of a sentence-opening quotation', () => {
    const text = '“Go back to Univision,” Trump barked and a guard escorted Ramos out.';
    const q = withExactCue(text, 'barked');
    expect(q?.kind).toBe('direct');
    expect(slice(text, q?.speakerMention)).toBe('Trump');
  });

  it('does not take a quotation inside the sentence as a cue’s content that way', () => {
    const text = 'He says no one is “on pace to get 1,237 delegates,” the number needed to win.';
    expect(segmentText(text).quotations.find((q) => slice(text, q.cue) === 'needed')).toBeUndefined();
  });

  it('opens the content at a "that" a quotation follows, past an adverbial or an aside', () => {
    const told = 'Bush tells reporters outside a polling location in Greenville that “to be able to beat expectations would be helpful.”';
    expect(withCue(told, 'tells')?.text).toBe('that “to be able to beat expectations would be helpful.”');
    const aside = 'She also said, without evidence, that “they are going to people, showing videos.”';
    expect(withCue(aside, 'said')?.text).toBe('that “they are going to people, showing videos.”');
  });

  it('ends reported speech before a named speaker whose cue opens a quotation of its own', () => {
    const text = 'Clinton said that minority students might do better at "less advanced schools," Trump said: "I do not like what he said."';
    const quotations = segmentText(text).quotations;
    expect(quotations.map((q) => q.text)).toEqual(['that minority students might do better at "less advanced schools,"', 'I do not like what he said.']);
  });
});

