import { describe, expect, it } from 'vitest';
import { summarize } from '../../../../shared/nlp/summarize/summarize';
import { attributedFromSentences } from './build-attributed';

const PARAGRAPHS = [
  ['The city council voted on Tuesday to close the Riverside bridge for repairs.'],
  ['"The bridge is no longer safe for heavy traffic and the repairs cannot wait," said Mayor Ana Ortiz.'],
  ['"We will reopen the bridge by the spring," Ortiz said.', '"Buses will take a detour through the Riverside bridge district meanwhile."'],
  ['Shop owners said the bridge closure would cost them customers.'],
  ['"Nobody asked us," said one owner.'],
  ['"It is a disaster," he said.'],
  ['"The repairs of the bridge are long overdue and the bridge must be safe," Ortiz added.'],
];

const attributed = attributedFromSentences(PARAGRAPHS, [
  { sentence: 1, speaker: 'Ana Ortiz' },
  { sentence: 2, speaker: 'Ana Ortiz' },
  { sentence: 3, speaker: 'Ana Ortiz' },
  { sentence: 7, speaker: 'Ana Ortiz' },
  { sentence: 4, speaker: 'shop owners', kind: 'indirect' },
  { sentence: 5, speaker: null },
  { sentence: 6, speaker: 'he' },
]);
const { speakers } = summarize(attributed);
const { text } = attributed.segmented.document;

describe('who said what', () => {
  it('lists each named speaker once, most quoted first, and skips quotes with no speaker or only a pronoun', () => {
    expect(speakers.map((s) => [s.id, s.quoteCount])).toEqual([
      ['ana-ortiz', 4],
      ['shop-owners', 1],
    ]);
    expect(speakers[0]?.name).toBe('Ana Ortiz');
  });

  it('shows one or two of the speaker\'s own quotes, as exact spans without the quote marks', () => {
    const ortiz = speakers[0];
    expect(ortiz?.quotes.length).toBeGreaterThanOrEqual(1);
    expect(ortiz?.quotes.length).toBeLessThanOrEqual(2);
    for (const quote of ortiz?.quotes ?? []) {
      expect(text.slice(quote.start, quote.end)).toBe(quote.text);
      expect(quote.text).not.toMatch(/^["“]|["”]$/);
      const own = attributed.quotes.filter((q) => q.speaker?.id === 'ana-ortiz');
      expect(own.some((q) => quote.start >= q.start && quote.end <= q.end)).toBe(true);
    }
  });

  it('prefers the quote that uses the words the speaker keeps returning to ("bridge", "repairs", "safe")', () => {
    expect(speakers[0]?.quotes[0]?.text).toMatch(/bridge/);
    expect(speakers[0]?.quotes[0]?.text).toMatch(/repairs|safe/);
  });

  it('builds the digest only from the speaker\'s own words, one line', () => {
    for (const speaker of speakers) {
      expect(speaker.digest).not.toMatch(/\n/);
      expect(speaker.digestSpans?.length).toBeGreaterThan(0);
      expect(speaker.digest).toBe((speaker.digestSpans ?? []).map((s) => s.text).join(' … '));
      const own = attributed.quotes.filter((q) => q.speaker?.id === speaker.id);
      for (const piece of speaker.digestSpans ?? []) {
        expect(text.slice(piece.start, piece.end)).toBe(piece.text);
        expect(own.some((q) => piece.start >= q.start && piece.end <= q.end)).toBe(true);
      }
    }
  });
});

describe('who said what, on reported speech with a quoted phrase inside', () => {
  const reported = attributedFromSentences(
    [['The summit ended late on Friday.', 'Both leaders said the talks had made "great progress."']],
    [{ sentence: 1, speaker: 'Donald Trump', kind: 'indirect' }],
  );
  const [trump] = summarize(reported).speakers;

  it('keeps the quoted phrase whole: a quote mark is cut from an edge only when it has no partner', () => {
    expect(trump?.quotes[0]?.text).toBe('Both leaders said the talks had made "great progress."');
    for (const span of [...(trump?.quotes ?? []), ...(trump?.digestSpans ?? [])]) expect((span.text.match(/"/g) ?? []).length % 2).toBe(0);
  });
});
