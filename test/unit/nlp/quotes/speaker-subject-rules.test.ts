import { describe, expect, it } from 'vitest';
import { segmentText, slice, withCue } from './document';


describe('speaker phrases of reported speech', () => {
  it('finds a subject before an aside that holds commas of its own', () => {
    const text = 'Dean Johnson, a 55-year-old salesman from Sumter, South Carolina, says Cruz will leave here with momentum.';
    const q = withCue(text, 'says');
    expect(slice(text, q?.speakerMention)).toBe('Dean Johnson, a 55-year-old salesman from Sumter, South Carolina');
    expect(q?.text).toBe('Cruz will leave here with momentum');
  });

  it('takes a role noun with its determiner as the subject before a name aside', () => {
    const text = 'His campaign manager, Jeff Weaver, said Sanders believes those efforts will pay off.';
    expect(slice(text, withCue(text, 'said')?.speakerMention)).toBe('His campaign manager, Jeff Weaver');
  });

  it('extends the subject back across prepositions and coordination to the clause start', () => {
    const text = 'The poll found that 67 percent of voters say the economy is weak.';
    expect(slice(text, withCue(text, 'say')?.speakerMention)).toBe('67 percent of voters');
    const both = 'Republican hopefuls Jeb Bush and Chris Christie say the plan will fail.';
    expect(slice(both, withCue(both, 'say')?.speakerMention)).toBe('Republican hopefuls Jeb Bush and Chris Christie');
  });

  it('skips a dateline with a date and an agency before the subject of a participle', () => {
    const text = 'NEW YORK, Nov. 19 (UPI) — Hillary Clinton is calling for the United States to step up its fight.';
    expect(slice(text, withCue(text, 'calling for')?.speakerMention)).toBe('Hillary Clinton');
    const short = 'Washington (AFP) – Democrat Hillary Clinton took a swipe at Trump, saying that his comments do more harm than good.';
    expect(slice(short, withCue(short, 'saying')?.speakerMention)).toBe('Democrat Hillary Clinton');
  });

  it('takes a long "according to" source up to its punctuation', () => {
    const text = 'Clinton led among women, according to early results of exit polls conducted for The Associated Press and television networks by Edison Research.';
    expect(slice(text, withCue(text, 'according to')?.speakerMention)).toBe('early results of exit polls conducted for The Associated Press and television networks by Edison Research');
  });

  it('skips the state and the day that continue a fronted place adverbial', () => {
    const text = 'At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried to explain, saying that the country should lead.';
    expect(slice(text, withCue(text, 'saying')?.speakerMention)).toBe('Mrs. Clinton');
    const abbreviated = 'Speaking at a town hall in Salem, N.H., Trump went after Bush, calling him weak.';
    expect(slice(abbreviated, withCue(abbreviated, 'calling')?.speakerMention)).toBe('Trump');
  });

  it('does not extend the subject into the clause before it', () => {
    const text = 'Although the agency declined to comment and Senate aides later said the remark was wrong, it stood.';
    expect(slice(text, withCue(text, 'said')?.speakerMention)).toBe('Senate aides');
  });

  it('skips a fronted adverbial when looking for the clause subject', () => {
    const text = 'Following an animated town hall meeting in Londonderry, Kasich boasted to reporters and stressed the importance of the state.';
    expect(slice(text, withCue(text, 'stressed')?.speakerMention)).toBe('Kasich');
  });

  it('keeps a description between two names after the cue', () => {
    const text = '"It is over," said Montclair State University political scientist Brigid Harrison.';
    expect(slice(text, withCue(text, 'said')?.speakerMention)).toBe('Montclair State University political scientist Brigid Harrison');
  });

  it('finds the subject before a time adverbial that separates it from its verb', () => {
    for (const [text, source] of [
      ['Clinton last week said the deal was dead.', 'Clinton'],
      ['Trump earlier Tuesday said the deal was dead.', 'Trump'],
      ['The senator on Tuesday warned that the deal was dead.', 'The senator'],
      ['The White House on Monday also urged the industry to do more.', 'The White House'],
      ['Paul Ryan, the highest-ranking Republican, on Tuesday called the remarks racist.', 'Paul Ryan, the highest-ranking Republican'],
    ] as const) {
      const q = segmentText(text).quotations[0];
      expect(slice(text, q?.speakerMention)).toBe(source);
      expect(slice(text, q?.cue)).not.toMatch(/day|week/);
    }
  });

  it('takes a poll share that opens its clause as the speaker of the answers', () => {
    for (const [text, source] of [
      ['Twenty-four percent said they were more likely to vote for him.', 'Twenty-four percent'],
      ['More than six in 10 said they were not looking forward to the campaign.', 'More than six in 10'],
      ['Among Trump voters, some 74 percent said they are set on voting for him.', 'some 74 percent'],
    ] as const) {
      const q = withCue(text, 'said');
      expect(slice(text, q?.speakerMention)).toBe(source);
      expect(q?.text.startsWith('they ')).toBe(true);
    }
  });

  it('runs a bare plural subject back to the start of its clause', () => {
    const after = 'The vetting does not include a social media search, federal officials said.';
    const q = withCue(after, 'said');
    expect(slice(after, q?.speakerMention)).toBe('federal officials');
    expect(q?.text).toBe('The vetting does not include a social media search');
    for (const [text, source] of [
      ['But opponents say the wage increase will push companies out.', 'opponents'],
      ['Protest groups say the restrictions are less for safety.', 'Protest groups'],
    ] as const) expect(slice(text, withCue(text, 'say')?.speakerMention)).toBe(source);
  });

  it('does not take a plural that ends another clause for a bare subject', () => {
    const text = 'It was a bill that unions say will cost jobs.';
    expect(slice(text, withCue(text, 'say')?.speakerMention) ?? '').not.toBe('unions');
  });

  it('finds a subject before an aside in dashes', () => {
    const text = 'Intelligence officials — including NSA Director Michael Rogers — have long argued that the data was changed.';
    const q = withCue(text, 'argued');
    expect(slice(text, q?.speakerMention)).toBe('Intelligence officials — including NSA Director Michael Rogers');
    expect(q?.text).toBe('that the data was changed');
    const relative = 'Joyce — who is listed as an attorney in Illinois — told reporters he is not planning an appeal.';
    expect(slice(relative, withCue(relative, 'told')?.speakerMention)).toBe('Joyce');
    expect(withCue('The economy grew — slowly — said the report.', 'said')).toBeUndefined();
  });

  it('steps over "now" and "since" between a subject and its verb', () => {
    const text = 'Walker now says he is being denied the opportunity.';
    expect(slice(text, withCue(text, 'says')?.speakerMention)).toBe('Walker');
    const since = 'Cruz has since said the system needs reform.';
    expect(slice(since, withCue(since, 'said')?.speakerMention)).toBe('Cruz');
  });

  it('opens a frame for a likely cue whose subject no noun phrase search delimits, the subject running up to the verb', () => {
    const text = 'Ford itself said the deal was on.';
    const q = withCue(text, 'said');
    expect(q?.text).toBe('the deal was on');
    expect(slice(text, q?.speakerMention)).toBe('Ford itself');
    const people = "Several people I've spoken with over the last couple of weeks said Mr. Hannity had peppered Mr. Trump with advice.";
    expect(slice(people, withCue(people, 'said')?.speakerMention)).toBe("Several people I've spoken with over the last couple of weeks");
  });

  it('opens no such frame for a word that is seldom a cue', () => {
    const text = 'Voters themselves show little interest in the race.';
    expect(withCue(text, 'show')).toBeUndefined();
  });

  it('counts the auxiliaries and adverbs before the verb in the cue whichever way the subject was found', () => {
    const coordinated = 'Trump took the stage and has repeatedly said he would win.';
    expect(slice(coordinated, withCue(coordinated, 'said')?.cue)).toBe('has repeatedly said');
    const aside = "Scott Reed, who managed Bob Dole's campaign, has also said the race is over.";
    expect(slice(aside, withCue(aside, 'said')?.cue)).toBe('has also said');
  });

  it('gives a participle after a speaker who follows the quotation its own content', () => {
    const text = '"It was a mistake," said spokesman John Kirby, referring to Clinton\'s successor, John F. Kerry.';
    const q = withCue(text, 'referring to', 'exact');
    expect(q?.text).toBe("Clinton's successor");
    expect(slice(text, q?.speakerMention)).toBe('spokesman John Kirby');
  });

  it('opens a frame for a likely cue after an aside whose subject holds a prepositional phrase', () => {
    const text = 'His critics in the United States, many of them Catholics, said that Francis is a political pope.';
    const q = withCue(text, 'said');
    expect(q?.text.startsWith('that Francis is a political pope')).toBe(true);
    expect(slice(text, q?.speakerMention)).toBe('His critics in the United States, many of them Catholics');
  });
});

