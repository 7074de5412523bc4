import { describe, expect, it } from 'vitest';
import { segmentText, sentenceTexts } from './segment-test-helpers';

interface GoldenRule {
  readonly name: string;
  readonly input: string;
  readonly expected: readonly string[];
  /** Where the rule comes from. */
  readonly source: string;
}

const PSYS = 'Pragmatic Segmenter golden rules (tisba/pragmatic_segmenter)';
const SENTENCE_SPLITTER = 'textlint-rule/sentence-splitter tests';
const NEWS = 'news copy (AP style)';

const RULES: readonly GoldenRule[] = [
  { name: 'simple period', input: 'Hello World. My name is Jonas.', expected: ['Hello World.', 'My name is Jonas.'], source: PSYS },
  { name: 'question mark', input: 'What is your name? My name is Jonas.', expected: ['What is your name?', 'My name is Jonas.'], source: PSYS },
  { name: 'exclamation mark', input: 'There it is! I found it.', expected: ['There it is!', 'I found it.'], source: PSYS },
  { name: 'one-letter upper-case abbreviation', input: 'My name is Jonas E. Smith.', expected: ['My name is Jonas E. Smith.'], source: PSYS },
  { name: 'two initials', input: 'J.K. Rowling wrote the books. They sold well.', expected: ['J.K. Rowling wrote the books.', 'They sold well.'], source: PSYS },
  { name: 'title abbreviation before a name', input: 'Mr. Smith went to Washington with Mrs. Smith and Dr. Jones.', expected: ['Mr. Smith went to Washington with Mrs. Smith and Dr. Jones.'], source: PSYS },
  { name: 'military and political titles', input: 'Sen. Murkowski met Rep. Peltola, Gov. Dunleavy and Gen. Nahom.', expected: ['Sen. Murkowski met Rep. Peltola, Gov. Dunleavy and Gen. Nahom.'], source: NEWS },
  { name: 'U.S. mid-sentence', input: 'The U.S. President spoke. Then he left.', expected: ['The U.S. President spoke.', 'Then he left.'], source: NEWS },
  { name: 'U.S. at sentence end before an opener', input: 'He moved to the U.S. He was 20.', expected: ['He moved to the U.S.', 'He was 20.'], source: PSYS },
  { name: 'U.K. at sentence end', input: 'Troops left the U.K. The war was over.', expected: ['Troops left the U.K.', 'The war was over.'], source: NEWS },
  { name: 'company suffix mid-sentence', input: 'Apple Inc. Chief Executive Tim Cook spoke.', expected: ['Apple Inc. Chief Executive Tim Cook spoke.'], source: NEWS },
  { name: 'company suffix at sentence end', input: 'He works for Acme Corp. It makes anvils.', expected: ['He works for Acme Corp.', 'It makes anvils.'], source: NEWS },
  { name: 'month abbreviation before a day', input: 'The vote is on Jan. 20 in Washington.', expected: ['The vote is on Jan. 20 in Washington.'], source: NEWS },
  { name: 'number abbreviation', input: 'He is the No. 2 official. She is No. 1.', expected: ['He is the No. 2 official.', 'She is No. 1.'], source: PSYS },
  { name: 'street abbreviation before a name', input: 'They met in St. Petersburg on Friday.', expected: ['They met in St. Petersburg on Friday.'], source: NEWS },
  { name: 'versus', input: 'It was Roe vs. Wade that changed it.', expected: ['It was Roe vs. Wade that changed it.'], source: NEWS },
  { name: 'etc. before a lower-case word', input: 'Apples, pears, etc. were sold.', expected: ['Apples, pears, etc. were sold.'], source: PSYS },
  { name: 'a.m. and p.m.', input: 'It starts at 9 a.m. Monday. It ends at 5 p.m. The doors close then.', expected: ['It starts at 9 a.m. Monday.', 'It ends at 5 p.m.', 'The doors close then.'], source: PSYS },
  { name: 'decimal numbers', input: 'Inflation was 3.5 percent. It was 2.1 percent a year ago.', expected: ['Inflation was 3.5 percent.', 'It was 2.1 percent a year ago.'], source: PSYS },
  { name: 'money and percentages', input: 'Shares rose 1.2% to $58.40. Bonds fell.', expected: ['Shares rose 1.2% to $58.40.', 'Bonds fell.'], source: NEWS },
  { name: 'URL and e-mail', input: 'Visit www.example.com for details. Write to press@example.org today.', expected: ['Visit www.example.com for details.', 'Write to press@example.org today.'], source: PSYS },
  { name: 'ellipsis mid-sentence', input: 'If words are left off... then it continues.', expected: ['If words are left off... then it continues.'], source: PSYS },
  { name: 'ellipsis at sentence end', input: 'He waited... Nothing happened.', expected: ['He waited...', 'Nothing happened.'], source: PSYS },
  { name: 'unicode ellipsis mid-sentence', input: 'We made some headway… we did not get there.', expected: ['We made some headway… we did not get there.'], source: NEWS },
  { name: 'unicode ellipsis at sentence end', input: 'We made some headway… We did not get there.', expected: ['We made some headway…', 'We did not get there.'], source: NEWS },
  { name: 'spaced ellipsis in a quote', input: 'He said "all the root causes ... must be eliminated." Talks ended.', expected: ['He said "all the root causes ... must be eliminated."', 'Talks ended.'], source: NEWS },
  { name: 'quote ending a sentence', input: 'She said, "I am here." Then she left.', expected: ['She said, "I am here."', 'Then she left.'], source: SENTENCE_SPLITTER },
  { name: 'quote then lower-case attribution', input: '"I am here." he said. "Me too!" she said.', expected: ['"I am here." he said.', '"Me too!" she said.'], source: SENTENCE_SPLITTER },
  { name: 'quote then name and speech verb', input: '"We will win!" Trump said. Putin smiled.', expected: ['"We will win!" Trump said.', 'Putin smiled.'], source: NEWS },
  { name: 'question in a quote then attribution', input: '“Is this the end?” asked a reporter. Nobody answered.', expected: ['“Is this the end?” asked a reporter.', 'Nobody answered.'], source: NEWS },
  { name: 'no split inside a curly quotation', input: '“There were many points. Most of them, I would say. We have a chance,” he told reporters.', expected: ['“There were many points. Most of them, I would say. We have a chance,” he told reporters.'], source: SENTENCE_SPLITTER },
  { name: 'no split inside a straight quotation', input: '"We agreed. We did not get there," he said.', expected: ['"We agreed. We did not get there," he said.'], source: SENTENCE_SPLITTER },
  { name: 'no split inside parentheses', input: 'The Kremlin agreed (it gave no details. None.) and moved on.', expected: ['The Kremlin agreed (it gave no details. None.) and moved on.'], source: SENTENCE_SPLITTER },
  { name: 'sentence inside parentheses', input: 'He left. (He did not say why.) She stayed.', expected: ['He left.', '(He did not say why.)', 'She stayed.'], source: PSYS },
  { name: 'unterminated quote does not swallow the paragraph', input: '"This never closes. The next sentence splits. So does this one.', expected: ['"This never closes.', 'The next sentence splits.', 'So does this one.'], source: NEWS },
  { name: 'apostrophes are not quotes', input: "Russia's leader didn't say. The players' union agreed. 'Tis true.", expected: ["Russia's leader didn't say.", "The players' union agreed.", "'Tis true."], source: NEWS },
  { name: 'single-quoted headline quote', input: "He said 'no deal. Not now.' Then he left.", expected: ["He said 'no deal. Not now.'", 'Then he left.'], source: NEWS },
  { name: 'double punctuation', input: 'Really?! Yes. Wow!!! Next.', expected: ['Really?!', 'Yes.', 'Wow!!!', 'Next.'], source: PSYS },
  { name: 'exclamation in a company name', input: 'Yahoo! is a company. It is old.', expected: ['Yahoo! is a company.', 'It is old.'], source: PSYS },
  { name: 'list number at paragraph start', input: '1. The first point is this. 2. Another one.', expected: ['1. The first point is this.', '2. Another one.'], source: PSYS },
  { name: 'year at sentence end', input: 'The treaty was signed in 1987. It lapsed in 2019.', expected: ['The treaty was signed in 1987.', 'It lapsed in 2019.'], source: NEWS },
  { name: 'sentence starting with a digit', input: 'Talks lasted hours. 12 aides attended.', expected: ['Talks lasted hours.', '12 aides attended.'], source: PSYS },
  { name: 'sentence starting with a quote', input: 'He spoke. “We will see,” he said.', expected: ['He spoke.', '“We will see,” he said.'], source: NEWS },
  { name: 'no final punctuation', input: 'US-Russia ties', expected: ['US-Russia ties'], source: NEWS },
  { name: 'sentences never cross paragraphs', input: 'First paragraph has no stop\nSecond one does.', expected: ['First paragraph has no stop', 'Second one does.'], source: NEWS },
  { name: 'quotes never cross paragraphs', input: '“Opened here.\nNot protected. Splits.', expected: ['“Opened here.', 'Not protected.', 'Splits.'], source: NEWS },
  { name: 'surrounding whitespace excluded', input: '   Leading space.   Trailing space.   ', expected: ['Leading space.', 'Trailing space.'], source: SENTENCE_SPLITTER },
];

describe('sentence splitting golden rules', () => {
  it.each(RULES)('$name', ({ input, expected }) => {
    expect(sentenceTexts(segmentText(input))).toEqual(expected);
  });
});
