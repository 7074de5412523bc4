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

interface WordInfo {
  readonly word: string;
  readonly stem: string;
  readonly content: boolean;
  readonly number: boolean;
  readonly capitalized: boolean;
}

/**
 * Everything about a word form except its position, memoized: news repeats its words, and
 * stemming is most of tokenizing. The cache only saves time (the result depends on the word
 * form alone); it is emptied when it grows large.
 */
const CACHE_LIMIT = 100_000;
const cache = new Map<string, WordInfo>();

function describe(raw: string): WordInfo {
  let info = cache.get(raw);
  if (info) return info;
  const first = raw.charCodeAt(0);
  const number = first >= 48 && first <= 57 ? true : /^\p{N}/u.test(raw);
  let word = raw.toLowerCase();
  if (word.includes("'") || word.includes('’')) word = word.replace(POSSESSIVE, '').replace(/['’]/g, '');
  const stem = number ? word.replace(/[.,]/g, '') : /^[a-z]+$/.test(word) ? porterStem(word) : word;
  info = { word, stem, content: !STOPWORDS.has(word) && (word.length > 1 || number), number, capitalized: raw[0] !== raw[0]?.toLowerCase() };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, info);
  return info;
}

const WORD = /[\p{L}\p{N}]+(?:['’.,][\p{L}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/;

/** Splits a sentence into tokens; pure function of the text. */
export function tokenize(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(WORD)) {
    const { word, stem, content, number, capitalized } = describe(match[0]);
    tokens.push({ word, stem, content, number, proper: tokens.length > 0 && capitalized });
  }
  return tokens;
}
