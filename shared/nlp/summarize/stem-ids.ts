import type { Token } from './tokens';
import { TypedArena } from './typed-arena';
import { MAX_STEM_NUMBERS } from './word-forms';

/**
 * By a token's stem number (word-forms.ts), which StemIds last gave it an id and which id:
 * the common case, a stem seen before in the same article, is two array reads and a string
 * identity check instead of a string hash. Shared by all instances; the map stays the truth.
 */
const ownerByNumber = new Int32Array(MAX_STEM_NUMBERS);
const idByNumber = new Int32Array(MAX_STEM_NUMBERS);
let lastOwner = 0;

/**
 * An article's content stems as small integer ids, assigned in order of first use. Counts,
 * term vectors and sentence graphs then live in typed arrays indexed by id instead of maps keyed
 * by string, which kept the summarizer busy hashing and allocating. Because ids follow first
 * use, walking ids in order visits stems in the order a map filled in the same pass would hold
 * them, so sums over stems keep their order (and their floating-point result).
 */
export class StemIds {
  private readonly ids = new Map<string, number>();
  /** Stem text by id. */
  readonly stems: string[] = [];

  /** Marks this instance's entries in `ownerByNumber`. */
  private readonly owner: number;

  /** `arena` holds the id arrays `internContent` returns. */
  constructor(private readonly arena = new TypedArena()) {
    if (lastOwner === 0x7fffffff) {
      ownerByNumber.fill(0);
      lastOwner = 0;
    }
    this.owner = ++lastOwner;
  }

  get size(): number {
    return this.stems.length;
  }

  /** The id of `stem`, assigning the next one the first time it is seen. */
  intern(stem: string): number {
    let id = this.ids.get(stem);
    if (id === undefined) {
      id = this.stems.length;
      this.ids.set(stem, id);
      this.stems.push(stem);
    }
    return id;
  }

  /** The id of `stem`, or -1 when the article has not used it. */
  find(stem: string): number {
    return this.ids.get(stem) ?? -1;
  }

  /** Per token, the id of its stem when it is a content word and -1 when it is not; aligned with `tokens`. */
  internContent(tokens: readonly Token[]): Int32Array {
    const ids = this.arena.int32(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      ids[i] = t.content ? this.internToken(t) : -1;
    }
    return ids;
  }

  /** `intern(t.stem)`, looked up by the token's stem number when this article has seen it. */
  private internToken(t: Token): number {
    const number = t.stemNumber;
    if (ownerByNumber[number] === this.owner) {
      const id = idByNumber[number] as number;
      // Numbers are reused after the word-form cache is emptied, so the stem itself decides.
      if (this.stems[id] === t.stem) return id;
    }
    const id = this.intern(t.stem);
    ownerByNumber[number] = this.owner;
    idByNumber[number] = id;
    return id;
  }
}
