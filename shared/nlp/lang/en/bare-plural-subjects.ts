/**
 * Bare plural subjects of reported speech, with no determiner: "federal officials said", "Legal experts
 * say", "But opponents say", "Top Sanders strategists acknowledged". Lower case.
 */

/** Plural endings of nouns for people ("opponents", "forecasters", "specialists", "conservatives", "employees"). */
export const PLURAL_PERSON_ENDINGS: readonly string[] = ['ers', 'ors', 'ists', 'ians', 'ents', 'ants', 'ees', 'ives', 'ates', 'crats', 'icans'];

/** Plural nouns for bodies and findings that speak in news ("Protest groups say", "surveys suggest"). */
export const PLURAL_SPEAKING_NOUNS: ReadonlySet<string> = new Set([
  'groups', 'organizations', 'unions', 'companies', 'agencies', 'polls', 'surveys', 'studies', 'reports', 'records',
]);

/** Words after which a subject opens its clause: "But opponents say", "…, while economists argue". */
export const SUBJECT_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and', 'but', 'while', 'whereas', 'yet', 'so', 'though', 'although', 'because', 'since', 'as', 'when', 'if', 'after', 'before',
]);

/** Function and clause words that cannot premodify a noun: a subject search meeting one is in another clause. */
export const NOT_PLURAL_PREMODIFIERS: ReadonlySet<string> = new Set([
  'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'than', 'that', 'which', 'who', 'whom', 'whose', 'what',
  'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'not', 'no', 'also', 'then', 'there', 'here',
  'it', 'they', 'we', 'he', 'she', 'i', 'you', 'or', 'nor', 'very', 'more', 'most', 'all',
]);
