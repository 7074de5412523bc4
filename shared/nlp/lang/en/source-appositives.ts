/**
 * How a description set off after a source opens ("according to John Weaver, a Republican
 * strategist", "according to Andy Smith, director of the survey center"). "the" is left out: after a
 * comma it usually opens the main clause ("according to the report, the president …"). Lower case.
 */
export const APPOSITIVE_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', 'another', 'one', 'director', 'president', 'chairman', 'chairwoman', 'spokesman', 'spokeswoman', 'head', 'chief', 'author', 'editor', 'professor',
]);

/** Words that make the text after the comma a clause, not a description. */
export const APPOSITIVE_VERB_WORDS: ReadonlySet<string> = new Set([
  'is', 'was', 'are', 'were', 'has', 'have', 'had', 'said', 'says', 'will', 'would', 'could', 'can', 'did', 'does', 'should', 'may', 'might',
]);
