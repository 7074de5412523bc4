/**
 * "Asked whether he would run, Ryan said …", "… when asked about the emails": a question reported with
 * "asked" and no asker named. Lower case.
 */

/** Words that open a reported question after "asked": "whether", "if", "why", "about". */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'what', 'who', 'how', 'which', 'about', 'where']);

/** Words a fronted "asked" clause may follow: "When asked", "after being asked" reads as "asked". */
export const ASKED_LEADS: ReadonlySet<string> = new Set(['when', 'after', 'once', 'if', 'while', 'before', 'as', 'and']);

/** Forms of "be" before a passive "asked" ("Trump was asked whether …"), which annotators mark as part of the cue. */
export const ASKED_AUXILIARIES: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'been', 'being']);

/** Prepositions that open an adverbial between "asked" and its question: "Asked on Fox News who …", "asked during a luncheon if …". */
export const QUESTION_ADVERBIAL_LEADS: ReadonlySet<string> = new Set(['on', 'at', 'in', 'during', 'after', 'before', 'from', 'over', 'by']);
