import { tokenize } from './tokens';
import { TypedArena } from './typed-arena';
import { FORM_CONTENT, formFlags, formGeneration, formStem, startArticleForms, stemNumberCount } from './word-forms';

/**
 * By stem number (word-forms.ts), which vocabulary last gave the stem an id and which id.
 * Shared by all vocabularies, so an article pays for arrays as long as the stems it uses, not
 * for a map of its own.
 */
let ownerByStem = new Int32Array(1 << 12);
let idByStem = new Int32Array(1 << 12);
let lastOwner = 0;

/**
 * One article's words: its sentences tokenized into form numbers, and its content stems as
 * small ids given in order of first use. Counts, term vectors and sentence graphs then live in
 * typed arrays indexed by id. Because ids follow first use, walking ids in order visits stems in
 * the order a map filled in the same pass would hold them, so sums over stems keep their order
 * (and their floating-point result).
 *
 * A vocabulary is for one article at a time: making one may start a new generation of word forms
 * (word-forms.ts), after which an older vocabulary refuses to work rather than mix numbers.
 */
export class ArticleVocabulary {
  private readonly generation: number;
  private readonly owner: number;
  private count = 0;

  /** `arena` holds the arrays this vocabulary returns. */
  constructor(readonly arena = new TypedArena()) {
    this.generation = startArticleForms();
    if (lastOwner === 0x7fffffff) {
      ownerByStem.fill(0);
      lastOwner = 0;
    }
    this.owner = ++lastOwner;
  }

  /** How many stem ids have been given. */
  get size(): number {
    return this.count;
  }

  /** The form numbers of the words of text[start, end). */
  words(text: string, start = 0, end = text.length): Int32Array {
    this.checkGeneration();
    return tokenize(text, start, end, this.arena);
  }

  /** Per word, the id of its stem when it is a content word (given now if new) and -1 when it is not; aligned with `forms`. */
  contentStems(forms: Int32Array): Int32Array {
    this.checkGeneration();
    const ids = this.arena.int32(forms.length);
    for (let i = 0; i < forms.length; i++) ids[i] = this.stemId(forms[i] as number);
    return ids;
  }

  /** The id of a form's stem, given now if the article has not used it; -1 for a word that is not content. */
  stemId(form: number): number {
    if ((formFlags(form) & FORM_CONTENT) === 0) return -1;
    const stem = formStem(form);
    if (stem >= ownerByStem.length) this.makeRoom();
    if (ownerByStem[stem] === this.owner) return idByStem[stem] as number;
    ownerByStem[stem] = this.owner;
    idByStem[stem] = this.count;
    return this.count++;
  }

  /** The id of a form's stem, or -1 when it is not a content word or the article has not used it. */
  findStem(form: number): number {
    if ((formFlags(form) & FORM_CONTENT) === 0) return -1;
    const stem = formStem(form);
    return stem < ownerByStem.length && ownerByStem[stem] === this.owner ? (idByStem[stem] as number) : -1;
  }

  private makeRoom(): void {
    const length = Math.max(ownerByStem.length * 2, stemNumberCount());
    const owners = new Int32Array(length);
    owners.set(ownerByStem);
    const ids = new Int32Array(length);
    ids.set(idByStem);
    ownerByStem = owners;
    idByStem = ids;
  }

  private checkGeneration(): void {
    if (formGeneration() !== this.generation) throw new Error('ArticleVocabulary: another article started a new generation of word forms while this one was in use');
  }
}
