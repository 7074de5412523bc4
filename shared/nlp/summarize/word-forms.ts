import { porterStem } from './porter-stem';
import { STOPWORDS } from './stopwords';

/**
 * Every distinct word form the summarizer has read (a form is a word as written: "Talks",
 * "talks" and "U.S." are three), numbered, with what the summarizer needs to know about it in
 * flat typed arrays indexed by that number. A tokenized sentence is then an Int32Array of form
 * numbers: news repeats its words, stemming is most of tokenizing, and a token object per word
 * (or a string per word) was what the summarizer spent its time allocating, hashing and
 * chasing pointers to.
 *
 * Forms are found by a hash of their characters in place (no substring), in an open-addressing
 * table of (hash, form) pairs with linear probing; a form's characters sit in a pool to confirm
 * a match. The table is shared by all articles of a process, so a warm Lambda stems a word
 * once. It is emptied only between articles (`startArticleForms`), when it holds more than
 * MAX_KEPT_FORMS, so numbers given during an article stay valid to its end; within an article
 * it grows as needed.
 */

/** Not a function word and at least two characters long (or a number): it carries the sentence's content. */
export const FORM_CONTENT = 1;
/** Starts with a digit (any script's). */
export const FORM_NUMBER = 2;
/** Starts with a capital: a stand-in for a named entity when it does not open the sentence. */
export const FORM_CAPITALIZED = 4;

/** Forms kept between articles; beyond it the table starts again at the next article. */
export const MAX_KEPT_FORMS = 1 << 15;
const INITIAL_FORMS = 1 << 12;

/** FNV-1a, as the tokenizer computes it while it scans a word. */
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

const POSSESSIVE = /['’]s$/;

interface Forms {
  count: number;
  /** Per slot: the form's hash, 1 + form number (0: empty). Twice as many slots as forms, at least. */
  slots: Int32Array;
  slotMask: number;
  hashes: Int32Array;
  poolStarts: Int32Array;
  lengths: Int32Array;
  /** The form's stem number, or -1 when it is not a content word. */
  stems: Int32Array;
  flags: Uint8Array;
  /** Lowercased, possessive stripped. */
  words: string[];
  pool: Uint16Array;
  poolUsed: number;
  /** Stem number by stem: equal stems, equal numbers, within a generation. */
  stemNumbers: Map<string, number>;
  /** Bumped each time the table is emptied: form and stem numbers from another generation mean nothing. */
  generation: number;
}

function emptyForms(generation: number): Forms {
  return {
    count: 0,
    slots: new Int32Array(INITIAL_FORMS * 4),
    slotMask: INITIAL_FORMS * 2 - 1,
    hashes: new Int32Array(INITIAL_FORMS),
    poolStarts: new Int32Array(INITIAL_FORMS),
    lengths: new Int32Array(INITIAL_FORMS),
    stems: new Int32Array(INITIAL_FORMS),
    flags: new Uint8Array(INITIAL_FORMS),
    words: [],
    pool: new Uint16Array(INITIAL_FORMS * 8),
    poolUsed: 0,
    stemNumbers: new Map(),
    generation,
  };
}

let forms = emptyForms(1);

/** Called as an article starts: empties the table when earlier articles filled it past MAX_KEPT_FORMS. */
export function startArticleForms(): number {
  if (forms.count > MAX_KEPT_FORMS) forms = emptyForms(forms.generation + 1);
  return forms.generation;
}

/** The generation form numbers given now belong to. */
export const formGeneration = (): number => forms.generation;

function grown<T extends Int32Array | Uint8Array | Uint16Array>(array: T, length: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(length);
  bigger.set(array);
  return bigger;
}

/** Doubles the per-form arrays and the slot table, placing every form again by its hash. */
function growTable(): void {
  const capacity = forms.hashes.length * 2;
  forms.hashes = grown(forms.hashes, capacity);
  forms.poolStarts = grown(forms.poolStarts, capacity);
  forms.lengths = grown(forms.lengths, capacity);
  forms.stems = grown(forms.stems, capacity);
  forms.flags = grown(forms.flags, capacity);
  forms.slots = new Int32Array(capacity * 4);
  forms.slotMask = capacity * 2 - 1;
  for (let form = 0; form < forms.count; form++) {
    const hash = forms.hashes[form] as number;
    let slot = hash & forms.slotMask;
    while (forms.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & forms.slotMask;
    forms.slots[slot * 2] = hash;
    forms.slots[slot * 2 + 1] = form + 1;
  }
}

function stemNumberOf(stem: string): number {
  let number = forms.stemNumbers.get(stem);
  if (number === undefined) {
    number = forms.stemNumbers.size;
    forms.stemNumbers.set(stem, number);
  }
  return number;
}

/** Numbers the new form written at text[start, end) and records what it is. */
function addForm(text: string, start: number, end: number, hash: number): number {
  if (forms.count >= forms.hashes.length) growTable();
  const length = end - start;
  if (forms.poolUsed + length > forms.pool.length) forms.pool = grown(forms.pool, Math.max(forms.pool.length * 2, forms.poolUsed + length));
  const raw = text.slice(start, end);
  const first = raw.charCodeAt(0);
  const number = first >= 48 && first <= 57 ? true : /^\p{N}/u.test(raw);
  let word = raw.toLowerCase();
  if (word.includes("'") || word.includes('’')) word = word.replace(POSSESSIVE, '').replace(/['’]/g, '');
  const stem = number ? word.replace(/[.,]/g, '') : /^[a-z]+$/.test(word) ? porterStem(word) : word;
  const content = !STOPWORDS.has(word) && (word.length > 1 || number);
  const capitalized = raw[0] !== raw[0]?.toLowerCase();

  const form = forms.count++;
  forms.hashes[form] = hash;
  forms.poolStarts[form] = forms.poolUsed;
  forms.lengths[form] = length;
  for (let k = 0; k < length; k++) forms.pool[forms.poolUsed + k] = text.charCodeAt(start + k);
  forms.poolUsed += length;
  forms.stems[form] = content ? stemNumberOf(stem) : -1;
  forms.flags[form] = (content ? FORM_CONTENT : 0) | (number ? FORM_NUMBER : 0) | (capitalized ? FORM_CAPITALIZED : 0);
  forms.words.push(word);
  return form;
}

function sameCharacters(form: number, text: string, start: number, length: number): boolean {
  if (forms.lengths[form] !== length) return false;
  const from = forms.poolStarts[form] as number;
  const pool = forms.pool;
  for (let k = 0; k < length; k++) if (pool[from + k] !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The number of the form written at text[start, end), whose FNV-1a hash over its code units is `hash`. */
export function formAt(text: string, start: number, end: number, hash: number): number {
  const { slots, slotMask } = forms;
  const length = end - start;
  let slot = hash & slotMask;
  for (;;) {
    const entry = slots[slot * 2 + 1] as number;
    if (entry === 0) break;
    if (slots[slot * 2] === hash && sameCharacters(entry - 1, text, start, length)) return entry - 1;
    slot = (slot + 1) & slotMask;
  }
  const form = addForm(text, start, end, hash);
  // addForm may have grown the table, which moves every slot.
  if (forms.slots !== slots) {
    slot = hash & forms.slotMask;
    while (forms.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & forms.slotMask;
  }
  forms.slots[slot * 2] = hash;
  forms.slots[slot * 2 + 1] = form + 1;
  return form;
}

/** The form lowercased, its possessive stripped: what word lists are looked up by. */
export const formWord = (form: number): string => forms.words[form] as string;
/** FORM_CONTENT, FORM_NUMBER and FORM_CAPITALIZED, or'ed. */
export const formFlags = (form: number): number => forms.flags[form] as number;
/** The stem number of a content form (equal stems, equal numbers, within a generation); -1 for any other. */
export const formStem = (form: number): number => forms.stems[form] as number;
/** How many stem numbers the current generation has given. */
export const stemNumberCount = (): number => forms.stemNumbers.size;
