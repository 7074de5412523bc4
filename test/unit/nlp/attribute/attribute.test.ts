import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../../../shared/nlp/attribute/attribute';
import { segmentText } from '../quotes/document';

interface ExpectedQuote {
  readonly contains: string;
  readonly speaker: string | null;
  readonly source?: string;
}

const fixtures = join(__dirname, '../../../fixtures');
const cases = readdirSync(fixtures).filter((d) => d.startsWith('attribute-'));

describe('attribute fixtures', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const name of cases) {
    const text = readFileSync(join(fixtures, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as { reason: string; quotes: ExpectedQuote[] };
    it(`${name}: ${expected.reason}`, () => {
      const { quotes } = attribute(segmentText(text));
      for (const e of expected.quotes) {
        const q = quotes.find((candidate) => candidate.text.includes(e.contains));
        expect(q, `no quote containing ${e.contains} in ${JSON.stringify(quotes.map((x) => x.text))}`).toBeDefined();
        expect(q?.speaker?.name ?? null).toBe(e.speaker);
        if (e.source !== undefined) expect(q?.source && text.slice(q.source.start, q.source.end)).toBe(e.source);
      }
    });
  }
});

describe('attribute', () => {
  it('names each speaker cluster by its longest proper name and lists its mentions', () => {
    const text = 'Russian President Vladimir Putin arrived on Friday.\nPutin said the talks were useful.\n"It was a good day," he said.';
    const { speakers, quotes } = attribute(segmentText(text));
    expect(speakers.map((s) => s.name)).toEqual(['Vladimir Putin']);
    expect(speakers[0]?.id).toBe('vladimir-putin');
    expect(speakers[0]?.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Russian President Vladimir Putin', 'Putin', 'he']));
    expect(quotes.every((q) => q.speaker?.id === 'vladimir-putin')).toBe(true);
  });

  it('gives confidence in [0, 1] and 0 when there is no speaker', () => {
    const text = '"We made real progress," Trump said.\n"It was a disaster."\nOfficials said nothing.';
    for (const q of attribute(segmentText('"It was a disaster."')).quotes) expect(q.confidence).toBeLessThan(0.5);
    for (const q of attribute(segmentText(text)).quotes) {
      expect(q.confidence).toBeGreaterThanOrEqual(0);
      expect(q.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is more confident in a quote with a trailing cue than in a bare reported clause', () => {
    const text = '"We made real progress," Trump said.\nOfficials believe the plan could work.';
    const [direct, reported] = attribute(segmentText(text)).quotes;
    expect(direct?.confidence).toBeGreaterThan(reported?.confidence ?? 1);
  });
});

describe('attribute: speaker phrases of found quotations', () => {
  const sourceOf = (text: string, contains: string): string | null => {
    const q = attribute(segmentText(text)).quotes.find((x) => x.text.includes(contains));
    return q?.source ? text.slice(q.source.start, q.source.end) : null;
  };

  it('keeps middle initials, possessive owners and descriptions in the source', () => {
    expect(sourceOf('"We will be providing this information," James A. Baker wrote.', 'providing')).toBe('James A. Baker');
    expect(sourceOf('"He did write an email memo," Powell’s office said.', 'email memo')).toBe('Powell’s office');
    expect(sourceOf('"It is called unification," Trump\'s senior communications adviser Jason Miller said in the statement.', 'unification')).toBe("Trump's senior communications adviser Jason Miller");
    expect(sourceOf('"Elections are a choice," political scientist Christopher Wlezien told Bloomberg in late May.', 'Elections')).toBe('political scientist Christopher Wlezien');
  });

  it('does not take a relative "that" after the listener for the content of a quotation', () => {
    const text = '"We need real change in this country," Sanders told a crowd at Hamburger Mary\'s that spilled out onto the street.';
    const q = attribute(segmentText(text)).quotes.find((x) => x.text.includes('real change'));
    expect(q?.pattern).toBe('quote-source-cue');
    expect(q?.speaker?.name).toBe('Sanders');
  });

  it('keeps the speaker phrase for a following quotation even when it names nobody known', () => {
    const text = 'Fiorina was not one for "engaging her team in a lot of decisions," said one former adviser. "When she came to a decision, she had made up her mind."';
    expect(sourceOf(text, 'made up her mind')?.replace(/\.$/, '')).toBe('one former adviser');
  });

  it('takes the head name of a described speaker, not an adjective or a party tag', () => {
    const { quotes } = attribute(segmentText('"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said.'));
    expect(quotes[0]?.speaker?.name).toBe('Jason Chaffetz');
  });

  it('takes the name before a place or an affiliation, unless no full name stands there', () => {
    const speakerOf = (text: string): string | undefined => attribute(segmentText(text)).quotes[0]?.speaker?.name;
    expect(speakerOf('"We will bomb them," said Senator John McCain of Arizona.')).toBe('John McCain');
    expect(speakerOf('"It is over," said Betsy Sharp of Burke County.')).toBe('Betsy Sharp');
    expect(speakerOf('"The vote was fair," said Massachusetts Secretary of State William Galvin.')).toBe('William Galvin');
  });

  it('gives a quoted fragment no clause subject claims to the speaker quoted before it in its paragraph only', () => {
    const text = '“We will win this,” Sanders said at the rally. Under the plan, “every worker would earn a living wage” by 2020.\n\nUnder the plan, “every worker would earn a decent wage” by 2020.';
    const quotes = attribute(segmentText(text)).quotes;
    expect(quotes.find((q) => q.text.includes('living wage'))?.speaker?.name).toBe('Sanders');
    expect(quotes.find((q) => q.text.includes('decent wage'))?.speaker ?? null).toBeNull();
  });
});
