import {
  AMBIGUOUS_ABBREVIATIONS,
  ATTRIBUTION_VERBS,
  NAME_TITLE_ABBREVIATIONS,
  NUMBER_PREFIX_ABBREVIATIONS,
  SENTENCE_OPENERS,
} from '../lang/en/abbreviations';
import { isContinuingPunctuation, isDigit, isLetter, isLowercase, isOpening, isSpace, isUppercase } from './char-classes';

/** Longest word the rules look at; bounds every backward and forward look so scans stay linear. */
const MAX_WORD = 24;
/** How many capitalised words may stand between a closing quote and its speech verb. */
const MAX_SPEAKER_WORDS = 5;

/** A run of final punctuation (`text[punctuationStart, punctuationEnd)`), its closers up to `end`, and what follows. */
export interface BoundaryCandidate {
  readonly punctuationStart: number;
  readonly punctuationEnd: number;
  /** Just after the closing quotes and brackets; a space follows. */
  readonly end: number;
  /** Whether one of the closers ended a quotation. */
  readonly closesQuotation: boolean;
  /** Start of the sentence the punctuation would end. */
  readonly sentenceStart: number;
  /** End of the paragraph. */
  readonly limit: number;
}

/** The word (letters and inner dots, as in "U.S") that ends right before `end`. */
function wordBefore(text: string, end: number, floor: number): string {
  let start = end;
  while (start > floor && end - start < MAX_WORD) {
    const code = text.charCodeAt(start - 1);
    if (!isLetter(code) && !isDigit(code) && !(code === 0x2e && start - 1 > floor && isLetter(text.charCodeAt(start - 2)))) break;
    start--;
  }
  return text.slice(start, end);
}

/** The letters (with inner apostrophes and hyphens) that start at `start`. */
function wordAt(text: string, start: number, limit: number): string {
  let end = start;
  while (end < limit && end - start < MAX_WORD) {
    const code = text.charCodeAt(end);
    if (!isLetter(code) && !((code === 0x27 || code === 0x2019 || code === 0x2d) && end > start)) break;
    end++;
  }
  return text.slice(start, end);
}

/** "J.K", "U.S", "e.g", "Ph.D" or a single capital: initials and dotted abbreviations. */
function isInitialism(word: string): boolean {
  if (word.length === 1) return isUppercase(word.charCodeAt(0));
  if (!word.includes('.')) return false;
  return word.split('.').every((part) => part.length > 0 && part.length <= 2);
}

const isNumber = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) if (!isDigit(word.charCodeAt(i))) return false;
  return word.length > 0;
};

/**
 * After a quotation closed by final punctuation, "Trump said" or "Russian President Vladimir
 * Putin told reporters" continues the quote's sentence: up to a few capitalised words, then a
 * speech verb.
 */
function startsAttribution(text: string, from: number, limit: number): boolean {
  let at = from;
  for (let words = 0; words <= MAX_SPEAKER_WORDS && at < limit; words++) {
    const word = wordAt(text, at, limit);
    if (word.length === 0) return false;
    const first = word.charCodeAt(0);
    if (!isUppercase(first)) return words > 0 && ATTRIBUTION_VERBS.has(word);
    // `"... useful." The Kremlin agreed` is a new sentence: a speaker name does not open with "The".
    if (words === 0 && SENTENCE_OPENERS.has(word)) return false;
    at += word.length;
    if (at < limit && text.charCodeAt(at) === 0x2e && NAME_TITLE_ABBREVIATIONS.has(word)) at++;
    if (at >= limit || !isSpace(text.charCodeAt(at))) return false;
    while (at < limit && isSpace(text.charCodeAt(at))) at++;
  }
  return false;
}

/**
 * Whether final punctuation followed by a space ends the sentence. The quotation check is done
 * by the caller; this decides on the words around the punctuation.
 */
export function isSentenceBoundary(text: string, candidate: BoundaryCandidate): boolean {
  const { punctuationStart, punctuationEnd, end, limit } = candidate;
  let next = end;
  while (next < limit && isSpace(text.charCodeAt(next))) next++;
  if (next >= limit) return true;
  let first = next;
  while (first < limit && first - next < MAX_WORD && isOpening(text.charCodeAt(first))) first++;
  if (first >= limit) return true;
  const firstCode = text.charCodeAt(first);
  const opensQuote = first > next;

  // `"Stop!" he shouted.`, `Yahoo! is`, `I think... maybe`: a lower-case word continues.
  if (isLowercase(firstCode)) return false;
  if (!opensQuote && isContinuingPunctuation(firstCode)) return false;
  if (candidate.closesQuotation && !opensQuote && startsAttribution(text, first, limit)) return false;

  const isSinglePeriod = punctuationEnd - punctuationStart === 1 && text.charCodeAt(punctuationStart) === 0x2e;
  if (!isSinglePeriod || end !== punctuationEnd) return true;

  const word = wordBefore(text, punctuationStart, candidate.sentenceStart);
  if (word.length === 0) return true;
  // A list number opening a sentence ("1. First, ...") is not a sentence of its own.
  if (isNumber(word)) return !(punctuationStart - word.length === candidate.sentenceStart && word.length <= 3);
  if (NAME_TITLE_ABBREVIATIONS.has(word)) return false;
  if (isDigit(firstCode) && NUMBER_PREFIX_ABBREVIATIONS.has(word)) return false;
  if (AMBIGUOUS_ABBREVIATIONS.has(word) || isInitialism(word)) {
    if (opensQuote || isDigit(firstCode)) return true;
    return SENTENCE_OPENERS.has(wordAt(text, first, limit));
  }
  return true;
}
