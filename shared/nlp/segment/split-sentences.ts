import type { Paragraph, Sentence } from '../types';
import { isClosing, isSpace, isTerminal } from './char-classes';
import { nextCharacterFinder } from './next-character';
import { nextMatchFinder } from './next-match';
import { findQuotePairs, PairRole } from './quote-pairs';
import { isSentenceBoundary } from './sentence-boundary';

const FINAL_PUNCTUATION = '[.!?…‼⁉。！？]';
/** The final punctuation of English text; when the text has no other kind, `indexOf` finds it faster than the expression. */
const COMMON_FINAL_PUNCTUATION = ['.', '!', '?'];
const hasOnlyCommonFinalPunctuation = (text: string): boolean => !/[…‼⁉。！？]/.test(text);

/**
 * Splits each paragraph into sentences in one left-to-right pass. A sentence ends after final
 * punctuation (and any closing quotes or brackets) that a space follows, unless it is inside a
 * quotation or bracket pair of the paragraph or the words around it say otherwise
 * (abbreviations, initials, a lower-case continuation, an attribution after a quote).
 * Sentences never cross paragraphs and exclude surrounding whitespace.
 */
export function splitSentences(text: string, paragraphs: readonly Paragraph[]): Sentence[] {
  const sentences: Sentence[] = [];
  const { opens, closes, roles } = findQuotePairs(text, paragraphs);
  const nextPunctuation = hasOnlyCommonFinalPunctuation(text) ? nextCharacterFinder(COMMON_FINAL_PUNCTUATION, text) : nextMatchFinder(FINAL_PUNCTUATION, text);
  let pair = 0;
  /** Whether an offset lies inside a pair: after its opening mark, up to and including its closing mark. */
  const isQuoted = (at: number): boolean => {
    while (pair < closes.length && closes[pair]! < at) pair++;
    return pair < opens.length && opens[pair]! < at;
  };

  paragraphs.forEach(({ start: paragraphStart, end: limit }, paragraph) => {
    let sentenceStart = paragraphStart;
    let i = nextPunctuation(paragraphStart);
    while (i < limit) {
      const punctuationStart = i;
      while (i < limit && isTerminal(text.charCodeAt(i))) i++;
      const punctuationEnd = i;
      let closesQuotation = false;
      for (; i < limit && isClosing(text.charCodeAt(i)); i++) {
        const role = roles[i];
        if (role === PairRole.Open) break;
        const code = text.charCodeAt(i);
        if (role === PairRole.Close && code !== 0x29 && code !== 0x5d && code !== 0x7d) closesQuotation = true;
      }
      const end = i;
      if (
        end < limit &&
        isSpace(text.charCodeAt(end)) &&
        !isQuoted(end) &&
        isSentenceBoundary(text, { punctuationStart, punctuationEnd, end, closesQuotation, sentenceStart, limit })
      ) {
        sentences.push({ start: sentenceStart, end, paragraph });
        while (i < limit && isSpace(text.charCodeAt(i))) i++;
        sentenceStart = i;
      }
      i = nextPunctuation(i);
    }
    if (sentenceStart < limit) sentences.push({ start: sentenceStart, end: limit, paragraph });
  });
  return sentences;
}
