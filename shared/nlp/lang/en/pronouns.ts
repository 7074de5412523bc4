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
