/**
 * A reporting "as" clause credits what follows it to its subject: "As Tom Ridge put it, …",
 * "As Breitbart News reported, …", "as Joel Pollak of Breitbart California observed, …".
 */

/** Verbs that close such a clause only together with their object "it": "As Ridge put it,", "as he says it,". */
export const AS_IT_VERBS: ReadonlySet<string> = new Set(['put', 'puts', 'say', 'says', 'said']);

/** Words opening a sentence that may stand before the clause's "as": "But as Cornyn noted, …". */
export const AS_CLAUSE_LEADS: ReadonlySet<string> = new Set(['but', 'and', 'or', 'so', 'yet', 'still', 'indeed']);

/** The least precision (SPEECH_CUE_WORDS) of a verb that closes the clause on its own ("As Politico reported,"). */
export const AS_CLAUSE_MIN_PRECISION = 0.5;
