import { porterStem } from './porter-stem';
import { STOPWORDS } from './stopwords';

/** A word of a sentence, with what the summarizer needs to know about it. */
export interface Token {
  /** Lowercased, possessive stripped. */
  readonly word: string;
  /** Porter stem of `word`; what similarity and salience count. */
  readonly stem: string;
  /** Not a function word and at least two characters long. */
  readonly content: boolean;
  /** Capitalized and not the sentence's first word: a cheap stand-in for a named entity. */
  readonly proper: boolean;
  readonly number: boolean;
}

/**
 * A word form's two possible tokens: a token depends only on the form and on whether it opens
 * the sentence (an opener is never `proper`), so both are built once and shared by every
 * occurrence instead of allocating a token per word.
 */
interface WordForm {
  readonly opening: Token;
  readonly inside: Token;
}

/**
 * Word forms, memoized: news repeats its words, and stemming is most of tokenizing. The cache
 * only saves time (the result depends on the word form alone); it is emptied when it grows large.
 */
const CACHE_LIMIT = 100_000;
const cache = new Map<string, WordForm>();

const POSSESSIVE = /['’]s$/;

function describe(raw: string): WordForm {
  let form = cache.get(raw);
  if (form) return form;
  const first = raw.charCodeAt(0);
  const number = first >= 48 && first <= 57 ? true : /^\p{N}/u.test(raw);
  let word = raw.toLowerCase();
  if (word.includes("'") || word.includes('’')) word = word.replace(POSSESSIVE, '').replace(/['’]/g, '');
  const stem = number ? word.replace(/[.,]/g, '') : /^[a-z]+$/.test(word) ? porterStem(word) : word;
  const content = !STOPWORDS.has(word) && (word.length > 1 || number);
  const capitalized = raw[0] !== raw[0]?.toLowerCase();
  const opening: Token = { word, stem, content, number, proper: false };
  form = { opening, inside: capitalized ? { word, stem, content, number, proper: true } : opening };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, form);
  return form;
}

/** Whether a code point is a letter or a number (`[\p{L}\p{N}]`); outside ASCII, looked up once per BMP code point. */
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const BMP_CLASS = new Uint8Array(0x10000); // 0 not yet known, 1 letter or number, 2 neither
function isLetterOrNumber(codePoint: number): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x30 && codePoint <= 0x39) || ((codePoint | 0x20) >= 0x61 && (codePoint | 0x20) <= 0x7a);
  if (codePoint > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(codePoint));
  let known = BMP_CLASS[codePoint] ?? 0;
  if (known === 0) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(codePoint)) ? 1 : 2;
    BMP_CLASS[codePoint] = known;
  }
  return known === 1;
}

/** A mark that joins two runs of letters or numbers into one word: "don't", "U.S.", "3,000", "1.5". */
const isInnerMark = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2e || code === 0x2c;

const codePointWidth = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

/** End of the run of letters and numbers starting at `from` (which may be empty). */
function runEnd(sentence: string, from: number): number {
  let at = from;
  while (at < sentence.length) {
    const codePoint = sentence.codePointAt(at) as number;
    if (!isLetterOrNumber(codePoint)) break;
    at += codePointWidth(codePoint);
  }
  return at;
}

/**
 * Splits a sentence into tokens; pure function of the text. A word is what
 * `[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*` (unicode) matches, found by a scan over code points rather
 * than `matchAll`, which allocates a match array per word on the summarizer's hottest path.
 */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < sentence.length) {
    const codePoint = sentence.codePointAt(at) as number;
    if (!isLetterOrNumber(codePoint)) {
      at += codePointWidth(codePoint);
      continue;
    }
    const start = at;
    at = runEnd(sentence, at);
    while (at + 1 < sentence.length && isInnerMark(sentence.charCodeAt(at)) && isLetterOrNumber(sentence.codePointAt(at + 1) as number)) {
      at = runEnd(sentence, at + 1);
    }
    const form = describe(sentence.slice(start, at));
    tokens.push(tokens.length === 0 ? form.opening : form.inside);
  }
  return tokens;
}
