import { describe, expect, it } from 'vitest';
import { segmentText, slice, withCue } from './document';


describe('reported speech constructions', () => {
  it('keeps the subject of a progressive cue as its speaker', () => {
    const text = 'Sanders is outlining a litany of policy proposals on jobs and education.';
    const q = withCue(text, 'outlining');
    expect(slice(text, q?.speakerMention)).toBe('Sanders');
    expect(q?.text).toBe('a litany of policy proposals on jobs and education');
  });

  it('starts the content at a subject pronoun, not at a later relative "that"', () => {
    const text = 'Mr. Lopez said he had told Trump at the start of the meeting that Mexico would not pay.';
    expect(withCue(text, 'said')?.text).toBe('he had told Trump at the start of the meeting that Mexico would not pay');
  });

  it('does not take a relative or demonstrative "that" for a complementizer', () => {
    const text = 'Mr. Ryan said Mr. Manafort envisioned an approach that exploited regional differences.';
    expect(withCue(text, 'said')?.text).toBe('Mr. Manafort envisioned an approach that exploited regional differences');
  });

  it('gives a raising verb its subject as content and no source', () => {
    const text = 'The senator seemed unsure about the plan.';
    const q = withCue(text, 'seemed');
    expect(q?.speakerMention).toBeNull();
    expect(q?.pieces?.map((p) => text.slice(p.start, p.end))).toEqual(['The senator', 'unsure about the plan']);
  });

  it('puts a preposition right after a non-clausal cue verb in the cue, not the content', () => {
    const text = 'Rubio bragged about his record on immigration.';
    const q = withCue(text, 'bragged about', 'exact');
    expect(q?.text).toBe('his record on immigration');
    expect(segmentText('The official spoke on condition of anonymity because he was not authorized to talk.').quotations).toHaveLength(0);
    const timed = 'Rubio bragged on Tuesday that he had won.';
    expect(withCue(timed, 'bragged', 'exact')?.text).toBe('that he had won');
  });

  it('takes a base-form stance verb for a cue after a plural subject only', () => {
    const text = 'Some veteran strategists think it will not.';
    const q = withCue(text, 'think', 'exact');
    expect(q?.text).toBe('it will not');
    expect(slice(text, q?.speakerMention)).toBe('Some veteran strategists');
    expect(withCue('Republicans also fear a contested convention.', 'also fear', 'exact')?.text).toBe('a contested convention');
    expect(segmentText('I think it will not.').quotations).toHaveLength(0);
  });

  it('puts the object pronoun before a speaker and cue first in the content', () => {
    const text = 'It was a move which Democrats say could be aiding Mr. Sanders.';
    const q = withCue(text, 'say', 'exact');
    expect(q?.pieces?.map((p) => text.slice(p.start, p.end))).toEqual(['which', 'could be aiding Mr. Sanders']);
    expect(slice(text, q?.speakerMention)).toBe('Democrats');
  });

  it('keeps the listener in the content when a to-infinitive follows it, not before a clause', () => {
    const text = 'Trump told Jeb Bush to quiet down during the exchange.';
    expect(withCue(text, 'told', 'exact')?.text).toBe('Jeb Bush to quiet down during the exchange');
    const clause = 'Trump told reporters that he would win.';
    expect(withCue(clause, 'told', 'exact')?.text).toBe('that he would win');
  });

  it('skips a listener with any head noun before the clause it is told', () => {
    const text = 'Trump told the packed audience they would win.';
    expect(withCue(text, 'told', 'exact')?.text).toBe('they would win');
  });

  it('ends a report where a later verb of the same subject is coordinated with it', () => {
    const text = 'Lazar said he welcomed extradition to the United States and added, "I will plead guilty."';
    expect(withCue(text, 'said', 'exact')?.text).toBe('he welcomed extradition to the United States');
    expect(segmentText(text).quotations.some((q) => q.text === 'I will plead guilty.')).toBe(true);
  });

  it('does not jump past a coordinated verb to reach a quotation after it', () => {
    const text = 'Lazar welcomed extradition to the United States and added, "I will plead guilty."';
    expect(withCue(text, 'welcomed', 'exact')?.text).toBe('extradition to the United States');
    expect(withCue(text, 'added', 'exact')?.text).toBe('I will plead guilty.');
  });

  it('takes a cue word after a possessive for a noun', () => {
    expect(segmentText('Their calls intensified after the emails were released.').quotations).toHaveLength(0);
    expect(segmentText('His proposed ban on Muslims drew criticism.').quotations).toHaveLength(0);
  });

  it('takes a participle naming an indefinite noun phrase for no cue', () => {
    expect(segmentText('Barden now helps lead a program called Sandy Hook Promise.').quotations).toHaveLength(0);
    const text = 'Trump called the senator a liar.';
    expect(withCue(text, 'called', 'exact')?.text).toBe('the senator a liar');
  });

  it('ends a participle cue\'s content before a second participle coordinated with it', () => {
    const text = 'Trump spoke for an hour, calling Mexican immigrants "rapists" and threatening to cut off the money they send home.';
    expect(withCue(text, 'calling', 'exact')?.text).toBe('Mexican immigrants "rapists"');
    const adjective = 'He left, citing low growth and rising health care costs.';
    expect(withCue(adjective, 'citing', 'exact')?.text).toBe('low growth and rising health care costs');
  });

  it('takes "continued" for a report only before a quotation, a colon or "that"', () => {
    expect(segmentText('Trump continued his push on Twitter and Instagram.').quotations).toHaveLength(0);
    const text = 'Trump continued that the polls were rigged.';
    expect(withCue(text, 'continued', 'exact')?.text).toBe('that the polls were rigged');
  });

  it('gives "spoke" content only after its topic particle', () => {
    expect(segmentText('Cruz spoke to reporters after the rally.').quotations).toHaveLength(0);
    expect(withCue('Cruz spoke about the nuclear deal.', 'spoke about', 'exact')?.text).toBe('the nuclear deal');
  });

  it('runs an object list past its commas', () => {
    const text = 'Mr. Sanders is promising universal health care, free college and other costly programs.';
    expect(withCue(text, 'promising')?.text).toBe('universal health care, free college and other costly programs');
  });

  it('keeps verbs inside an according-to source from opening frames of their own', () => {
    const text = 'The campaign will spend $2 billion, according to a campaign official who requested anonymity.';
    const q = withCue(text, 'according to');
    expect(q?.text).toBe('The campaign will spend $2 billion');
    expect(slice(text, q?.speakerMention)).toBe('a campaign official who requested anonymity');
  });

  it('reports a question fronted by "asked" with no asker and ends it at its comma', () => {
    const text = 'Asked whether he would support Trump, Ryan said he was not ready.';
    const q = withCue(text, 'Asked');
    expect(q?.text).toBe('whether he would support Trump');
    expect(q?.speakerMention).toBeNull();
    expect(withCue(text, 'said')?.text).toBe('he was not ready');
    const later = 'Christie was silent when asked whether he would issue a quarantine.';
    expect(withCue(later, 'asked')?.text).toBe('whether he would issue a quarantine');
  });

  it('ends an object at a relative clause after a comma even when an "and" follows', () => {
    const text = 'Experts suggest it would be Trump, who has a large lead over Cruz and Kasich.';
    expect(withCue(text, 'suggest')?.text).toBe('it would be Trump');
  });

  it('reports a question put to the subject of a passive "was asked", the auxiliary in the cue', () => {
    const text = 'In an interview last week, Trump was asked what he thought Clinton could do.';
    const q = withCue(text, 'was asked');
    expect(q?.text).toBe('what he thought Clinton could do');
    expect(q?.speakerMention).toBeNull();
  });

  it('skips "on" and a day after the cue to reach a content clause', () => {
    const text = 'Sheldon Adelson said on Friday he met Donald Trump earlier this week.';
    const q = withCue(text, 'said');
    expect(q?.text).toBe('he met Donald Trump earlier this week');
    expect(slice(text, q?.cue)).toBe('said');
  });

  it('reaches a "that" clause past a short aside in commas after the cue', () => {
    const text = 'Mr. Trump said, among other things, that Mr. Bezos has a huge antitrust problem.';
    expect(withCue(text, 'said')?.text).toBe('that Mr. Bezos has a huge antitrust problem');
  });

  it('keeps the one judged in the content of a verb of judgement, unlike a listener', () => {
    const accused = 'Cruz accused Trump of lying about his record.';
    expect(withCue(accused, 'accused')?.text).toBe('Trump of lying about his record');
    const criticized = 'Sanders criticized Clinton for her paid speeches.';
    expect(withCue(criticized, 'criticized')?.text).toBe('Clinton for her paid speeches');
    const told = 'Cruz told reporters that Trump was lying.';
    expect(withCue(told, 'told')?.text).toBe('that Trump was lying');
  });

  it('reads a passive "is expected to" as a stance on the whole clause, its subject included and no source named', () => {
    const text = 'The House is expected to pass a bipartisan bill later this week, aides said.';
    const q = withCue(text, 'is expected', 'exact');
    expect(q?.text).toBe('The House is expected to pass a bipartisan bill later this week');
    expect(q?.speakerMention).toBeNull();
    const adverb = 'That was originally expected to take at least a couple of years.';
    expect(slice(adverb, withCue(adverb, 'expected')?.cue)).toBe('was originally expected');
  });

  it('takes no passive stance without "to" after the verb or a form of "be" before it', () => {
    expect(withCue('Turnout was higher than expected.', 'expected')).toBeUndefined();
    expect(withCue('The results voters expected to see never came.', 'expected')).toBeUndefined();
  });

  it('joins a particle to its verb in the cue only where annotators mostly do', () => {
    const focus = 'Trump focuses on the trade deficit.';
    expect(slice(focus, withCue(focus, 'focuses on', 'exact')?.cue)).toBe('focuses on');
    expect(withCue(focus, 'focuses on', 'exact')?.text).toBe('the trade deficit');
    const agreed = 'Kasich agreed to pick up the bill.';
    expect(withCue(agreed, 'agreed', 'exact')?.text).toBe('to pick up the bill');
  });

  it('reaches a reported question past an adverbial after "asked"', () => {
    const text = 'Asked on Fox News who leads the party, he said Ryan.';
    expect(withCue(text, 'Asked', 'exact')?.text).toBe('who leads the party');
    const passive = 'Mook was asked during a luncheon held by The Wall Street Journal if Clinton would hold a press conference.';
    expect(withCue(passive, 'was asked', 'exact')?.text).toBe('if Clinton would hold a press conference');
  });

  it('reports a plan as a stance of its subject', () => {
    const text = 'Sanders plans to campaign in Oregon next week.';
    const q = withCue(text, 'plans');
    expect(q?.text).toBe('to campaign in Oregon next week');
    expect(slice(text, q?.speakerMention)).toBe('Sanders');
  });

  it('gives a closing "…, X said." the whole clause before its comma, a cue inside it included', () => {
    const text = 'Cruz electrified the small crowds with speeches and promises to shake things up in Washington, Stovall said.';
    const q = withCue(text, 'said');
    expect(q?.text).toBe('Cruz electrified the small crowds with speeches and promises to shake things up in Washington');
    expect(slice(text, q?.speakerMention)).toBe('Stovall');
  });

  it('opens the content at a pronoun fused with its verb, not at a later "that"', () => {
    const text = "Trump said he's confident that the wall will be built.";
    expect(withCue(text, 'said')?.text).toBe("he's confident that the wall will be built");
  });
});

