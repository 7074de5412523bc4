import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../../../shared/nlp/attribute/attribute';
import { speakerId } from '../../../../shared/nlp/attribute/speaker-id';
import { toAttributionRecords } from '../../../../shared/nlp/quotes/attribution-record';
import { segmentText } from '../quotes/document';

/** Strings built from the characters the NLP cares about, so that quotes, cues and names actually occur. */
const newsLike = fc
  .array(fc.constantFrom('"', '“', '”', '«', '»', '„', "'", '‘', '’', ' ', '\n', ',', '.', ':', 'said', 'he', 'She', 'Trump', 'Vladimir Putin', 'according to', 'told reporters', 'that', 'the', 'Sen.', 'x', '(', ')', '—'), { maxLength: 60 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), newsLike);

describe('attribution properties', () => {
  it('never throws and keeps every span inside the text, with text equal to its slice', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const attributed = attribute(segmentText(text));
        for (const q of attributed.quotes) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.start).toBeLessThanOrEqual(q.end);
          expect(text.slice(q.start, q.end)).toBe(q.text);
          for (const span of [q.cue, q.source, q.speakerMention, ...(q.pieces ?? [])]) {
            if (!span) continue;
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(span.start).toBeLessThan(span.end);
          }
          expect(q.confidence).toBeGreaterThanOrEqual(0);
          expect(q.confidence).toBeLessThanOrEqual(1);
        }
        for (const s of attributed.speakers) for (const m of s.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        expect(() => JSON.stringify(toAttributionRecords(attributed))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('derives the speaker id from the canonical name alone', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (name) => {
        expect(speakerId(name)).toBe(speakerId(name));
        expect(speakerId(name)).toMatch(/^[a-z0-9-]*$/);
      }),
    );
    expect(speakerId('Vladimir Putin')).toBe('vladimir-putin');
    expect(speakerId('José Álvarez')).toBe('jose-alvarez');
  });

  it('gives a speaker the same id in every article that names them the same way', () => {
    fc.assert(
      fc.property(newsLike, (filler) => {
        const text = `${filler.replace(/\n/g, ' ')}\n"We will win," Donald Trump said.`;
        const quote = attribute(segmentText(text)).quotes.find((q) => q.text === 'We will win,');
        if (quote?.speaker) expect(quote.speaker.id).toBe(speakerId(quote.speaker.name));
      }),
      { numRuns: 100 },
    );
  });
});
