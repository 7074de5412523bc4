/**
 * Capitalized words that open a fronted adverbial before the clause subject ("Beyond the footage, the
 * affidavit said", "Indeed, down here …", "Absent a strong defense, voters may conclude"), beyond the
 * prepositions of ADVERBIAL_PREPOSITIONS. Not conjunctions ("And then Trump went on the attack, saying")
 * nor "Said" ("Said Dorothy Poynter, who …,"). Lower case.
 */
export const FRONTED_OPENERS: ReadonlySet<string> = new Set([
  'beyond', 'indeed', 'following', 'absent', 'given', 'once', 'like', 'unlike', 'besides', 'thus', 'hence',
  'ultimately', 'finally', 'moreover', 'furthermore', 'nonetheless', 'nevertheless', 'still', 'later', 'earlier',
  'instead', 'overall', 'separately', 'elsewhere', 'asked', 'back', 'across', 'against', 'toward', 'towards',
  'upon', 'per', 'within', 'behind', 'above', 'below', 'around', 'along', 'alongside', 'despite', 'because',
  'although', 'though', 'if', 'however', 'meanwhile', 'now', 'today', 'yesterday', 'even', 'until', 'unless',
  'ahead', 'shortly', 'facing', 'having', 'adopting', 'filling', 'acknowledging', 'adding', 'spurred',
]);

/** Words that make a fronted phrase a time adverbial ("Eight years ago,", "A few minutes later,"). */
export const FRONTED_TIME_WORDS: ReadonlySet<string> = new Set(['ago', 'later', 'earlier']);
