import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleVocabulary } from '../../../../shared/nlp/summarize/article-vocabulary';
import { countLetterRuns, tokenize } from '../../../../shared/nlp/summarize/tokens';
import { FORM_CAPITALIZED, FORM_CONTENT, FORM_NUMBER, MAX_KEPT_FORMS, formFlags, formStem, formWord } from '../../../../shared/nlp/summarize/word-forms';

/** The word pattern tokenize's hand-written scanner stands in for. */
const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
const wordOf = (raw: string): string => raw.toLowerCase().replace(/['’]s$/, '').replace(/['’]/g, '');

// Letters, digits, the inner marks, spaces, non-ASCII and astral letters, an emoji and a lone surrogate.
const PIECES = ['a', 'B', 'z', '7', "'", '’', '.', ',', ' ', '-', 'é', 'Ж', '٣', '𝐀', '😀', '\uD800', 's', 'Obama', '3,000'];
const sentences = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));

describe('tokenize', () => {
  it('finds exactly the words the regular expression finds', () => {
    fc.assert(
      fc.property(sentences, (sentence) => {
        const expected = [...sentence.matchAll(WORD)].map((m) => wordOf(m[0]));
        expect(Array.from(tokenize(sentence), formWord)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a span in place exactly as the same span sliced out', () => {
    fc.assert(
      fc.property(sentences, sentences, sentences, (before, span, after) => {
        const text = before + span + after;
        expect(Array.from(tokenize(text, before.length, before.length + span.length), formWord)).toEqual(Array.from(tokenize(span), formWord));
      }),
      { numRuns: 1000 },
    );
  });

  it('gives one form number to one written form, and another to the same word written differently', () => {
    const [talks, with_, obama, talksAgain, talksCapital] = tokenize('talks with Obama talks Talks');
    expect(talksAgain).toBe(talks);
    expect(talksCapital).not.toBe(talks);
    expect(formStem(talksCapital as number)).toBe(formStem(talks as number));
    expect(formFlags(obama as number) & FORM_CAPITALIZED).toBe(FORM_CAPITALIZED);
    expect(formFlags(with_ as number) & FORM_CONTENT).toBe(0);
    expect(formStem(with_ as number)).toBe(-1);
  });

  it('flags numbers in any script and strips possessives', () => {
    const [digits, arabic, putins] = tokenize('3,000 ٣ Putin’s');
    expect(formFlags(digits as number) & FORM_NUMBER).toBe(FORM_NUMBER);
    expect(formFlags(arabic as number) & FORM_NUMBER).toBe(FORM_NUMBER);
    expect(formWord(putins as number)).toBe('putin');
  });
});

describe('countLetterRuns', () => {
  it('counts the matches of /[\\p{L}\\p{N}]+/gu', () => {
    fc.assert(
      fc.property(sentences, (sentence) => {
        expect(countLetterRuns(sentence)).toBe([...sentence.matchAll(/[\p{L}\p{N}]+/gu)].length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('ArticleVocabulary', () => {
  it('gives stem ids in order of first use, one per stem', () => {
    const vocabulary = new ArticleVocabulary();
    const ids = vocabulary.contentStems(vocabulary.words('Talks stalled. The talks resumed, and talking helped.'));
    // talks, stalled, the (function word), talks, resumed, and (function word), talking (stem "talk"), helped
    expect(Array.from(ids)).toEqual([0, 1, -1, 0, 2, -1, 0, 3]);
    expect(vocabulary.size).toBe(4);
    expect(vocabulary.findStem(vocabulary.words('summit')[0] as number)).toBe(-1);
  });

  it('keeps its form numbers valid as the table grows within an article, and refuses work after another article empties it', () => {
    const first = new ArticleVocabulary();
    const early = first.words('Putin met Trump');
    // More new forms than are kept between articles: the table grows, numbers stay.
    const many = Array.from({ length: MAX_KEPT_FORMS + 10 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    first.words(many);
    expect(Array.from(early, formWord)).toEqual(['putin', 'met', 'trump']);
    expect(Array.from(first.words('Putin met Trump'))).toEqual(Array.from(early));
    // The next article starts a new generation; the old vocabulary would mix numbers, so it throws.
    const second = new ArticleVocabulary();
    expect(() => first.words('Putin')).toThrow(/generation/);
    expect(Array.from(second.words('Putin met Trump'), formWord)).toEqual(['putin', 'met', 'trump']);
  });
});
