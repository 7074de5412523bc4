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
  /**
   * A number for `stem` (see `stemNumberOf`), so an article can tell its stems apart without
   * hashing strings; -1 for a token that is not a content word.
   */
  readonly stemNumber: number;
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

const POSSESSIVE = /['’]s$/;

/**
 * Stem numbers, given out in order of first sight and forgotten with the word forms, so there
 * are never more than MAX_STEM_NUMBERS. Within one cache generation equal numbers mean equal
 * stems; across a reset they do not, so a user must check the stem text on a match (stem-ids.ts).
 */
const stemNumbers = new Map<string, number>();

function stemNumberOf(stem: string): number {
  let number = stemNumbers.get(stem);
  if (number === undefined) {
    number = stemNumbers.size;
    stemNumbers.set(stem, number);
  }
  return number;
}

function describe(raw: string): WordForm {
  const first = raw.charCodeAt(0);
  const number = first >= 48 && first <= 57 ? true : /^\p{N}/u.test(raw);
  let word = raw.toLowerCase();
  if (word.includes("'") || word.includes('’')) word = word.replace(POSSESSIVE, '').replace(/['’]/g, '');
  const stem = number ? word.replace(/[.,]/g, '') : /^[a-z]+$/.test(word) ? porterStem(word) : word;
  const content = !STOPWORDS.has(word) && (word.length > 1 || number);
  const capitalized = raw[0] !== raw[0]?.toLowerCase();
  const stemNumber = content ? stemNumberOf(stem) : -1;
  const opening: Token = { word, stem, content, number, proper: false, stemNumber };
  return { opening, inside: capitalized ? { word, stem, content, number, proper: true, stemNumber } : opening };
}

/**
 * Word forms, memoized: news repeats its words, and stemming is most of tokenizing. Looked up
 * by a hash of the characters in place, so a word already seen costs neither a substring nor a
 * string hash (`Map.get` on a fresh slice was the summarizer's hottest line). Open addressing
 * with linear probing over flat typed arrays: a slot holds the hash, the form's number and
 * where its characters sit in a pool, so a lookup reads two or three cache lines instead of
 * chasing a map entry, a form object and a string. Everything is emptied when the table is
 * half full or the pool is full. The cache only saves time: a form's tokens depend on the form alone.
 */
const TABLE_BITS = 17;
const TABLE_SIZE = 1 << TABLE_BITS;
const CACHE_LIMIT = TABLE_SIZE >> 1;
/** Every form has one stem, so stem numbers stay below the number of cached forms. */
export const MAX_STEM_NUMBERS = CACHE_LIMIT;
const POOL_SIZE = 1 << 21;
/** Per slot: hash, 1 + form number (0: empty), start in `pool`, length. */
const SLOT_WIDTH = 4;
const SLOT_MASK = TABLE_SIZE * SLOT_WIDTH - 1;
const slots = new Int32Array(TABLE_SIZE * SLOT_WIDTH);
const pool = new Uint16Array(POOL_SIZE);
let poolUsed = 0;
/** By form number, the form's tokens when it opens a sentence and when it does not. */
let openings: Token[] = [];
let insides: Token[] = [];

/** FNV-1a over the UTF-16 code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5 | 0;
  for (let at = start; at < end; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  return hash;
}

function pooledEquals(from: number, text: string, start: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (pool[from + k] !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Slot of the form written at text[start, end), or of the empty slot where it belongs. */
function slotOf(hash: number, text: string, start: number, length: number): number {
  let slot = (hash * SLOT_WIDTH) & SLOT_MASK;
  while (slots[slot + 1] !== 0) {
    if (slots[slot] === hash && slots[slot + 3] === length && pooledEquals(slots[slot + 2] as number, text, start, length)) return slot;
    slot = (slot + SLOT_WIDTH) & SLOT_MASK;
  }
  return slot;
}

function forgetAll(): void {
  slots.fill(0);
  poolUsed = 0;
  openings = [];
  insides = [];
  stemNumbers.clear();
}

/** The token for the word written at text[start, end) (as `tokenize` finds words); `opening` when it opens its sentence. */
export function wordToken(text: string, start: number, end: number, opening: boolean): Token {
  const length = end - start;
  const hash = hashOf(text, start, end);
  let slot = slotOf(hash, text, start, length);
  if (slots[slot + 1] === 0) {
    if (openings.length >= CACHE_LIMIT || poolUsed + length > POOL_SIZE) {
      forgetAll();
      slot = slotOf(hash, text, start, length);
    }
    const form = describe(text.slice(start, end));
    if (length <= POOL_SIZE) {
      for (let k = 0; k < length; k++) pool[poolUsed + k] = text.charCodeAt(start + k);
      openings.push(form.opening);
      insides.push(form.inside);
      slots[slot] = hash;
      slots[slot + 1] = openings.length;
      slots[slot + 2] = poolUsed;
      slots[slot + 3] = length;
      poolUsed += length;
    }
    return opening ? form.opening : form.inside;
  }
  const form = (slots[slot + 1] as number) - 1;
  return (opening ? openings[form] : insides[form]) as Token;
}
