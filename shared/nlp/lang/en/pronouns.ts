/** Personal pronouns that can name a speaker, with what they agree with. */
export type PronounGender = 'male' | 'female' | 'neuter' | 'plural' | 'any';

export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounGender> = new Map<string, PronounGender>([
  ['he', 'male'],
  ['she', 'female'],
  ['it', 'neuter'],
  ['they', 'plural'],
  ['we', 'plural'],
  ['i', 'any'],
  ['you', 'any'],
]);

/** Relative pronouns that stand for the noun phrase just before them ("Cruz, who said ..."). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/**
 * Pronouns that stand for the object of the clause they open ("which she has said was a mistake", "what
 * Sanders wanted to hear", "whom they named Fred"): before a speaker and a cue, annotators count the pronoun
 * as the first piece of the content. "that" is left out: before a speaker it is as often the cue's
 * complementizer ("said that Democrats say …").
 */
export const OBJECT_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['which', 'what', 'whom', 'who']);

/** Possessive determiners: a word right after one is a noun ("his proposed ban", "their calls"), never a finite verb. */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Words that open a relative clause after a comma ("…, which stood at 263, …"): a report inside it belongs to that clause. */
export const RELATIVE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'whose', 'where']);

/**
 * A subject pronoun fused with its verb ("it's", "they're", "I'm", "there's"), which opens a clause as the
 * pronoun does; both apostrophes. "you" forms are left out, as "you" is left out of clause openers.
 */
export const PRONOUN_CONTRACTIONS: ReadonlySet<string> = new Set(
  ['he', 'she', 'it', 'they', 'we', 'i', 'there'].flatMap((pronoun) =>
    ["'s", "'re", "'m", "'ve", "'d", "'ll"].flatMap((verb) => [pronoun + verb, pronoun + verb.replace("'", '’')]),
  ),
);
