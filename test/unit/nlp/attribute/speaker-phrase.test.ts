import { describe, expect, it } from 'vitest';
import { speakerPhrase, speakerPhraseAfterCue } from '../../../../shared/nlp/attribute/speaker-phrase';

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

  it('drops adverbs swept in at the end, as title-case headlines give them', () => {
    expect(phraseOf('Rick Perry Just Said What Everyone Was Thinking', 'Rick Perry Just')).toBe('Rick Perry');
    expect(phraseOf('Donald Trump Finally Admits The Truth', 'Donald Trump Finally')).toBe('Donald Trump');
    expect(phraseOf('and he, once again, pledged a revolution.', 'he, once again')).toBe('he');
    expect(phraseOf('Scot Ross of One Wisconsin Now said so.', 'Scot Ross of One Wisconsin Now')).toBe('Scot Ross of One Wisconsin Now');
  });

  it('drops sentence adverbs swept in at the start, and a clause word after them', () => {
    expect(phraseOf('Even Donald Trump said the deal was dead.', 'Even Donald Trump')).toBe('Donald Trump');
    expect(phraseOf('Instead Cruz argued that the deal was dead.', 'Instead Cruz')).toBe('Cruz');
    expect(phraseOf('Even though people say it is dead, it lives.', 'Even though people')).toBe('people');
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

  it('reaches left over the modifiers of a speaker phrase when their run starts the noun phrase', () => {
    expect(phraseOf('“It was a mistake,” said ABC moderator David Muir.', 'David Muir')).toBe('ABC moderator David Muir');
    expect(phraseOf('Republican presidential hopeful Donald Trump said he would win.', 'Donald Trump')).toBe('Republican presidential hopeful Donald Trump');
    expect(phraseOf('John Kasich’s campaign said the ad was false.', 'Kasich’s campaign')).toBe('John Kasich’s campaign');
    expect(phraseOf('A major Muslim civil rights group said it would sue.', 'group')).toBe('A major Muslim civil rights group');
  });

  it('takes a quantity of a group with it: percentages, ratios, fractions', () => {
    expect(phraseOf('Only 49 percent of Democratic registered voters say they are happy.', 'voters')).toBe('Only 49 percent of Democratic registered voters');
    expect(phraseOf('About four in 10 South Carolina Republican primary voters say the economy matters most.', 'voters')).toBe('About four in 10 South Carolina Republican primary voters');
    expect(phraseOf('Nearly two-thirds of Democratic primary voters said they were satisfied.', 'Democratic primary voters')).toBe('Nearly two-thirds of Democratic primary voters');
    expect(phraseOf('The two sides said talks would resume.', 'two sides')).toBe('The two sides');
  });

  it('does not reach into a clause before the phrase', () => {
    expect(phraseOf('It is not likely to help Rubio convince anyone he can win.', 'Rubio')).toBe('Rubio');
    expect(phraseOf('There are two primary reasons Israel refuses to stand for it.', 'Israel')).toBe('Israel');
    expect(phraseOf('That irritates Clinton supporters on two levels.', 'Clinton supporters')).toBe('Clinton supporters');
    expect(phraseOf('Maybe the window into his soul is what he said four years ago.', 'he')).toBe('he');
  });

  it('reaches left over a name joined to the phrase by a slash', () => {
    expect(phraseOf('Yet a CNN/ORC poll shows Clinton ahead.', 'ORC poll')).toBe('a CNN/ORC poll');
    expect(phraseOf('A Wall Street Journal/NBC News poll showed a slight lead.', 'NBC News poll')).toBe('A Wall Street Journal/NBC News poll');
  });

  it('reaches left over the first conjuncts of a coordinated subject that opens its clause', () => {
    expect(phraseOf('Politicians and even some technologists say that account is fake.', 'some technologists')).toBe('Politicians and even some technologists');
    expect(phraseOf('But Ward and other digital security experts acknowledge the risk.', 'other digital security experts')).toBe('Ward and other digital security experts');
  });

  it('does not coordinate across a clause, a preposition or a pronoun', () => {
    expect(phraseOf('All those reviews came back clear, and the F.B.I. said so.', 'the F.B.I.')).toBe('the F.B.I.');
    expect(phraseOf('In Iowa and Ohio voters said no.', 'Ohio voters')).toBe('Ohio voters');
    expect(phraseOf('This candidate does her research and she said so.', 'she')).toBe('she');
    expect(phraseOf('And he said so.', 'he')).toBe('he');
  });

  it('reaches left to an unnamed source that knows the named thing, and to a study by its author', () => {
    expect(phraseOf('People familiar with her thinking say she wants a deal.', 'her thinking')).toBe('People familiar with her thinking');
    expect(phraseOf('A U.S. law enforcement official familiar with the investigation said so.', 'the investigation')).toBe('A U.S. law enforcement official familiar with the investigation');
    expect(phraseOf('A study by the liberal watchdog group Media Matters found otherwise.', 'the liberal watchdog group Media Matters')).toBe('A study by the liberal watchdog group Media Matters');
  });

  it('does not take in the verb that governs such a phrase', () => {
    expect(phraseOf('Trump asked people familiar with the plan to say so.', 'the plan')).toBe('the plan');
  });

  it('ends before its own verb when the subject search ran past it', () => {
    expect(phraseOf('“This was made up,” Trump told CNN then.', 'Trump told CNN')).toBe('Trump');
    expect(phraseOf('Priebus later Thursday told Fox News: “They will meet.”', 'Priebus later Thursday told Fox News')).toBe('Priebus');
    expect(phraseOf('“This was made up,” Trump has told CNN.', 'Trump has told CNN')).toBe('Trump');
    expect(phraseOf('Trump, who has told aides he sees the issues as one, said so.', 'Trump, who has told aides he sees the issues as one')).toBe('Trump, who has told aides he sees the issues as one');
  });

  it('ends before an auxiliary when only a short lower-case predicate was swept in after it', () => {
    expect(phraseOf('Trump has not yet released his returns.', 'Trump has not yet')).toBe('Trump');
    expect(phraseOf('The Congressional Budget Office hasn’t yet scored the plan.', 'The Congressional Budget Office hasn’t yet')).toBe('The Congressional Budget Office');
    expect(phraseOf('The candidate has mocked a disabled newspaper reporter, critics note.', 'The candidate has mocked a disabled newspaper reporter')).toBe('The candidate');
  });

  it('keeps a phrase whose run past the auxiliary may hold another speaker, a relative clause or half a coordination', () => {
    expect(phraseOf('Rubio is taking heat from Cruz over his vote.', 'Rubio is taking heat from Cruz')).toBe('Rubio is taking heat from Cruz');
    expect(phraseOf('This is why Democrats say so.', 'This is why Democrats')).toBe('This is why Democrats');
    expect(phraseOf('Kasich (who has 25 delegates) said no.', 'Kasich (who has 25 delegates)')).toBe('Kasich (who has 25 delegates)');
    expect(phraseOf('Their bankers and still had booklets open.', 'Their bankers and still had')).toBe('Their bankers and still had');
  });

  it('runs on from a possessor to the person it owns, and to the name after that person', () => {
    expect(phraseOf("Ms. Merkel's spokesman, Steffen Seibert, wrote on Twitter.", "Ms. Merkel's")).toBe("Ms. Merkel's spokesman, Steffen Seibert");
    expect(phraseOf("Trump's congressional allies have been trying to help.", "Trump's")).toBe("Trump's congressional allies");
    expect(phraseOf("the Post's senior politics editor Steven Ginsberg responded.", "the Post's")).toBe("the Post's senior politics editor Steven Ginsberg");
  });

  it('leaves a possessor alone before a statement noun or a word that only looks like a person noun', () => {
    expect(phraseOf("Trump's claim that he won is false.", "Trump's")).toBe("Trump's");
    expect(phraseOf("the campaign's earlier claim that Sanders lost", "the campaign's")).toBe("the campaign's");
  });

  it('keeps the party and state tag after a name', () => {
    expect(phraseOf('Sen. Chuck Grassley (R-Iowa) said the hearing would go ahead.', 'Sen. Chuck Grassley')).toBe('Sen. Chuck Grassley (R-Iowa)');
    expect(phraseOf('State Sen. Lee Bright (R) said he backs Cruz.', 'State Sen. Lee Bright')).toBe('State Sen. Lee Bright (R)');
    expect(phraseOf('A photo of Trump (left) shows him smiling.', 'Trump')).toBe('Trump');
  });

  it('keeps a party and state tag set off by commas, but no other word after a comma', () => {
    expect(phraseOf('Senate Majority Leader Mitch McConnell, R-Ky., said the vote would wait.', 'Senate Majority Leader Mitch McConnell')).toBe('Senate Majority Leader Mitch McConnell, R-Ky.');
    expect(phraseOf('“It is over,” said former Sen. Scott Brown, R-Mass. He left.', 'former Sen. Scott Brown')).toBe('former Sen. Scott Brown, R-Mass.');
    expect(phraseOf('Ryan, Pelosi and Schumer said so.', 'Ryan')).toBe('Ryan');
    expect(phraseOf('Brown, R-Word-Salad, said so.', 'Brown')).toBe('Brown');
  });

  describe('after its cue', () => {
    /** The phrase speakerPhraseAfterCue makes of `mention` (found in `text`), as text. */
    const afterCueOf = (text: string, mention: string): string => {
      const start = text.indexOf(mention);
      const span = speakerPhraseAfterCue({ start, end: start + mention.length }, text);
      return text.slice(span.start, span.end);
    };

    it('runs on over the plain words the subject search left before the next punctuation', () => {
      expect(afterCueOf('“We will win,” said one former campaign staffer.', 'one former campaign')).toBe('one former campaign staffer');
      expect(afterCueOf('“Not yet,” said one Democrat familiar with the discussion, who asked not to be named.', 'one Democrat')).toBe('one Democrat familiar with the discussion');
    });

    it('stops at a clause, a question or a sentence end', () => {
      expect(afterCueOf('“Was it practiced?” asked Matt Lauer whether she had rehearsed.', 'Matt Lauer')).toBe('Matt Lauer');
      expect(afterCueOf('“It is close,” said a campaign aide. Donald Trump disagreed.', 'a campaign aide.')).toBe('a campaign aide.');
    });
  });
});
