/**
 * Words that join a subject noun phrase to more of itself, so that the phrase a cue's subject search
 * ends with is only its last part: "67 percent of voters", "protest organizers in Cleveland",
 * "Jeb Bush and Chris Christie", "Neither Cruz nor Christie". Lower case. Not "with": it follows verbs
 * more often than nouns ("The routine begins with Noah").
 */
export const SUBJECT_PHRASE_LINKS: ReadonlySet<string> = new Set([
  'of', 'in', 'from', 'at', 'for', 'by', 'on', 'to', 'like', 'among', 'and', 'or', 'nor', '&',
]);

/** The links above that coordinate: the words before them are a whole noun phrase of their own. */
export const SUBJECT_COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', 'nor', '&']);

/**
 * Words that end a clause in front of a subject: a subject phrase extended leftwards must stop at one of
 * these (or at punctuation, or the sentence start), else the extension ran into the previous clause.
 */
export const SUBJECT_BOUNDARY_WORDS: ReadonlySet<string> = new Set([
  'that', 'but', 'and', 'or', 'so', 'while', 'because', 'as', 'when', 'if', 'although', 'though', 'since', 'where',
  'whether', 'whereas', 'yet', 'once', 'after', 'before', 'until', 'unless', 'now', 'meanwhile', 'however', 'also',
]);

/** Words that cannot sit inside a subject noun phrase: pronouns, relatives, auxiliaries, negation. */
export const NOT_IN_SUBJECT_PHRASE: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'we', 'i', 'you', 'him', 'them', 'us', 'me', 'who', 'whom', 'which', 'what',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'does', 'did', 'do', 'not', 'than', 'there', 'then', 'also', 'even', 'just',
]);
