/**
 * Base forms of stance verbs that PolNeAR marks as cues when a plural subject holds the stance: "Some
 * veteran strategists think it will not", "experts agree that …", "Most Millennials favor …", "Republicans
 * fear …". With no such subject they are mostly no one's stance ("I want to …", "to see the …") and stay
 * out of the speech cue list. "support" and "trust" are left out: after a plural they are more often nouns
 * ("Democrats' support", "the voters' trust").
 */
export const PLURAL_STANCE_VERBS: ReadonlySet<string> = new Set([
  'think', 'believe', 'hope', 'see', 'know', 'agree', 'disagree', 'fear', 'worry', 'oppose', 'expect', 'prefer',
  'doubt', 'want', 'feel', 'favor',
]);

/** Endings of capitalized plurals that name groups of people: "Republicans", "Democrats", "Millennials", "Evangelicals". */
export const GROUP_PLURAL_ENDINGS: readonly string[] = ['ans', 'ers', 'ats', 'als', 'ists', 'ites', 'ives', 'ics'];

/** Lower-case words in -s that are no plural noun: "this", "always", "news". */
export const NOT_PLURAL_NOUNS: ReadonlySet<string> = new Set([
  'this', 'thus', 'plus', 'less', 'across', 'always', 'perhaps', 'sometimes', 'news', 'whereas', 'unless', 'besides',
  'towards', 'afterwards', 'nevertheless', 'was', 'has', 'does', 'is', 'his', 'its', 'yes', 'us', 'as',
]);

/** How often such a verb after a plural subject heads a gold cue on PolNeAR train (123 of 160). */
export const PLURAL_STANCE_PRECISION = 0.77;
