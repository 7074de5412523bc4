/**
 * Words at the edges of a speaker phrase that belong to the clause around it, not to the noun phrase
 * PolNeAR annotators mark as the source ("After Johnson refused …", "Trump, however, said …",
 * "Clinton, speaking in Ohio, said …"). Lower case.
 */

/** Subordinators and sentence adverbs that open a clause in front of its subject: "Although Rubio said …". */
export const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set([
  'after', 'although', 'though', 'while', 'when', 'whereas', 'now', 'since', 'because', 'if', 'before', 'until',
  'once', 'then', 'so', 'but', 'and', 'yet', 'still', 'also', 'unless', 'meanwhile',
]);

/** A whole aside after a comma that is a sentence adverbial: "Mr. Trump, however,", "Snyder, for his part,". */
export const TRAILING_ADVERBIALS: ReadonlySet<string> = new Set([
  'however', 'meanwhile', 'though', 'too', 'also', 'instead', 'in turn', 'in particular', 'in contrast', 'by contrast',
  'in response', 'for example', 'for instance', 'for his part', 'for her part', 'for their part', 'for its part',
  'on the other hand', 'in fact', 'indeed', 'likewise', 'similarly', 'nonetheless', 'nevertheless', 'again', 'in a statement',
]);

/**
 * Prepositions that open a circumstance after a comma ("Mr. Trump, in an interview on Friday,"), unlike
 * "at" or "of", which open an affiliation annotators keep ("Tom Miller, at a consulting firm").
 */
export const CIRCUMSTANCE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'during', 'after', 'before', 'amid', 'upon', 'with']);

/** Speech verbs that, after a comma, start the predicate rather than an appositive ("X, a former aide, told …"). */
export const ASIDE_SPEECH_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'wrote']);

/** Words ending in -ing that head a title or description, not a participle clause: "Peck, managing director at …". */
export const ING_ADJECTIVES: ReadonlySet<string> = new Set([
  'managing', 'including', 'acting', 'ranking', 'presiding', 'founding', 'outgoing', 'incoming', 'reigning', 'governing',
  'sitting', 'visiting', 'consulting', 'polling', 'leading', 'playing', 'longstanding', 'long-standing', 'working', 'thing',
  'nothing', 'something', 'anything', 'everything', 'king', 'ring', 'wing', 'spring', 'evening', 'morning', 'building',
  'meeting', 'hearing', 'briefing', 'funding', 'wedding', 'timing', 'ruling', 'training', 'spending', 'standing',
]);

/** Honorifics right before a name belong to the speaker phrase: "Mrs. Clinton's campaign". */
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'prof', 'rev']);

/** Articles right before a speaker phrase belong to it: "the two sides", "a few Republican lawmakers". */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** "some of her followers", "all the attendees": a quantifier in front picks the part of the group that speaks. */
export const QUANTIFIERS_WITH_OF: ReadonlySet<string> = new Set([
  'some', 'most', 'many', 'much', 'none', 'one', 'each', 'all', 'both', 'half', 'several', 'few', 'majority', 'two', 'three', 'any', 'either', 'neither',
]);
export const BARE_QUANTIFIERS: ReadonlySet<string> = new Set(['all']);
/** Approximators that only qualify a number: "About one in five", "At least four senators", "Less than a third". */
export const NUMBER_APPROXIMATORS: readonly (readonly string[])[] = [
  ['about'], ['nearly'], ['almost'], ['roughly'], ['around'], ['at', 'least'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['over'],
];

/**
 * People who speak for someone else: in "A spokesman for Mr. Clinton said", the spokesman is the
 * source, not the person named after "for".
 */
export const PROXY_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'representative', 'representatives', 'aide', 'aides',
  'adviser', 'advisers', 'advisor', 'advisors', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'member', 'members',
  'supporters', 'allies', 'ally', 'official', 'officials', 'staff', 'staffers', 'director', 'leader', 'leaders', 'head',
  'chief', 'executive', 'friend', 'friends', 'critics', 'donors', 'team', 'spokesmen', 'spokeswomen', 'counsel',
]);
/** Prepositions linking a proxy noun to whom it speaks for. */
export const PROXY_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'to', 'at', 'with']);
/** Determiners that open a proxy phrase ("A spokeswoman for YouTube", "one adviser to Trump"). */
export const PROXY_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'two', 'some', 'several']);
