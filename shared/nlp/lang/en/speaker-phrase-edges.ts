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

/**
 * Sentence adverbs and clause words that a subject search can sweep in at the front of a speaker phrase without a
 * comma ("Even Donald Trump said", "Instead Cruz argued", "Despite Trump's …"): they go, as clause openers do. Lower case.
 */
export const LEADING_SENTENCE_WORDS: ReadonlySet<string> = new Set([
  'even', 'instead', 'moreover', 'perhaps', 'similarly', 'already', 'likewise', 'indeed', 'furthermore', 'besides',
  'despite', 'where', 'like', 'how', 'why',
]);

/**
 * Adverbs a subject search can sweep in at the end of a speaker phrase, mostly in title-case headlines ("Rick Perry
 * Just Said …", "Donald Trump Finally Admits …"): they belong to the verb after them. Lower case.
 */
export const TRAILING_SENTENCE_ADVERBS: ReadonlySet<string> = new Set([
  'just', 'finally', 'also', 'still', 'again', 'already', 'then', 'never', 'once', 'even', 'too', 'actually', 'really',
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
export const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'sens', 'rep', 'reps', 'gov', 'gen', 'lt', 'prof', 'rev', 'pres', 'col', 'sgt', 'capt', 'adm', 'atty', 'supt']);

/** Articles right before a speaker phrase belong to it: "the two sides", "a few Republican lawmakers". */
export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/** "some of her followers", "all the attendees": a quantifier in front picks the part of the group that speaks. */
export const QUANTIFIERS_WITH_OF: ReadonlySet<string> = new Set([
  'some', 'most', 'many', 'much', 'none', 'one', 'each', 'all', 'both', 'half', 'several', 'few', 'majority', 'two', 'three', 'any', 'either', 'neither',
  'percent', 'majorities', 'third', 'thirds', 'quarter', 'quarters', 'plurality', 'minority', 'share', 'handful', 'dozens', 'hundreds', 'thousands',
]);
export const BARE_QUANTIFIERS: ReadonlySet<string> = new Set(['all']);
/** Approximators that only qualify a number: "About one in five", "At least four senators", "Less than a third". */
export const NUMBER_APPROXIMATORS: readonly (readonly string[])[] = [
  ['about'], ['nearly'], ['almost'], ['roughly'], ['around'], ['at', 'least'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['over'],
  ['only'], ['just'], ['some'], ['fully'],
];

/**
 * Words that end the run of modifiers in front of a speaker phrase ("said ABC moderator David Muir", "of
 * Democratic registered voters"): the run before them belongs to the phrase, they do not. Prepositions,
 * conjunctions, subordinators, adverbs, forms of "be" and "have", speech verbs. Lower case.
 */
export const PREMODIFIER_BOUNDARIES: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'for', 'from', 'by', 'with', 'about', 'among', 'between', 'into', 'over', 'under',
  'like', 'than', 'as', 'after', 'before', 'during', 'since', 'until', 'despite', 'amid', 'against', 'per', 'via',
  'and', 'or', 'nor', 'but', 'yet', 'so', 'that', 'which', 'who', 'whom', 'when', 'where', 'while', 'because',
  'although', 'though', 'if', 'unless', 'whether', 'once', 'now', 'then', 'also', 'even', 'still', 'meanwhile',
  'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'says', 'said', 'say', 'told', 'tells', 'wrote', 'added',
  'according', 'including', 'here', 'there', 'soon', 'already', 'again', 'always', 'often', 'later', 'ago',
  'too', 'perhaps', 'maybe', 'why', 'what', 'how', 'whose', 'whatever', 'whoever', 'except',
]);

/** Words before which a run of modifiers is likelier a verb and its object ("to help Rubio", "will make sure everyone"). */
export const PREMODIFIER_VERB_LEADS: ReadonlySet<string> = new Set([
  'to', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'do', 'does', 'did', "don't", 'don’t',
  "didn't", 'didn’t', "won't", 'won’t', 'not', 'never',
]);

/**
 * Descriptions that stand right before a name without a determiner ("Republican presidential hopeful Donald
 * Trump", "pizza magnate Herman Cain", "17-year-old Jared Potts"), besides the role nouns.
 */
export const NAME_DESCRIPTORS: ReadonlySet<string> = new Set([
  'hopeful', 'frontrunner', 'front-runner', 'contender', 'rival', 'challenger', 'nominee', 'magnate', 'titan',
  'mogul', 'tycoon', 'counsel', 'chief', 'head', 'chair', 'chairwoman', 'chairperson', 'pastor', 'priest', 'rabbi',
  'imam', 'bishop', 'cardinal', 'coach', 'star', 'actress', 'actor', 'comedian', 'singer', 'rapper', 'model',
  'anchor', 'moderator', 'columnist', 'commentator', 'pundit', 'blogger', 'economist', 'pollster', 'scholar',
  'historian', 'veteran', 'widow', 'widower', 'activist', 'billionaire', 'millionaire', 'businessman',
  'businesswoman', 'entrepreneur', 'delegate', 'candidate', 'advocate', 'surrogate', 'ally', 'colleague',
  'nephew', 'niece', 'cousin', 'uncle', 'aunt', 'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'partner',
  'founder', 'co-founder', 'cofounder', 'mate', 'co-chair', 'whip', 'speaker', 'chancellor', 'premier', 'envoy',
  'ambassador', 'general', 'admiral', 'captain', 'lieutenant', 'sergeant', 'colonel', 'major', 'detective',
]);

/** Participles in -ed that premodify a speaker noun as adjectives do ("registered voters", "elected officials"). */
export const ADJECTIVAL_PARTICIPLES: ReadonlySet<string> = new Set([
  'registered', 'elected', 'retired', 'unnamed', 'unidentified', 'appointed', 'self-described', 'self-proclaimed',
  'so-called', 'concerned', 'frustrated', 'disaffected', 'undecided', 'committed', 'pledged', 'unpledged',
  'educated', 'college-educated', 'embattled', 'indicted', 'detained', 'fired', 'former', 'veteran', 'licensed',
  'enrolled', 'surveyed', 'polled', 'interviewed', 'affected', 'married', 'unmarried', 'armed', 'organized',
]);

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

/**
 * Adjectives that tie an unnamed source to what it knows, with their preposition: in "people familiar with
 * her thinking said", the people are the source, not what follows the preposition.
 */
export const KNOWLEDGE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['familiar', 'with'],
  ['close', 'to'],
]);
/** Unnamed sources such an adjective follows ("a source familiar with", "people close to"). */
export const UNNAMED_SOURCE_NOUNS: ReadonlySet<string> = new Set(['source', 'sources', 'people', 'person', 'someone', 'those', 'others']);
/** Documents and counts that speak through their author: "A study by Media Matters", "Polling of union voters". */
export const STUDY_NOUNS: ReadonlySet<string> = new Set([
  'study', 'studies', 'survey', 'surveys', 'poll', 'polls', 'polling', 'analysis', 'review', 'research', 'audit', 'count', 'tally',
  'estimate', 'estimates', 'projection', 'report', 'reports', 'memo',
]);
/** Prepositions that link a study noun to its author or subject. */
export const STUDY_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'of', 'from', 'for']);

/**
 * Words that end a speaker phrase after its cue ("said one former senior agency official when asked …"): a
 * clause, a circumstance or a coordinated verb starts with them, not the rest of the phrase.
 */
export const AFTER_CUE_PHRASE_STOPS: ReadonlySet<string> = new Set([
  'when', 'as', 'after', 'before', 'while', 'because', 'since', 'though', 'although', 'who', 'which', 'whom', 'whose', 'that',
  'in', 'at', 'on', 'during', 'amid', 'upon', 'and', 'or', 'but', 'to', 'said', 'says', 'told', 'added', 'adding', 'noting',
  'if', 'whether', 'why', 'how', 'what',
]);

/**
 * Finite auxiliaries and forms of "be" that, inside a speaker phrase with no comma, are the verb of its clause
 * ("Trump has not yet …", "Her advisers are …"): the phrase ends before them. Both apostrophes. Lower case.
 */
export const PHRASE_ENDING_AUXILIARIES: ReadonlySet<string> = new Set(
  ['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'does', 'did'].concat(
    ["hasn't", "haven't", "hadn't", "isn't", "aren't", "wasn't", "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "doesn't", "didn't"].flatMap((w) => [w, w.replace("'", '’')]),
  ),
);
