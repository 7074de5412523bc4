/**
 * Titles and honorifics that precede a person's name ("Sen. Warren", "Russian President Vladimir Putin").
 * Keys are lower case without the final period.
 */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'president',
  'vice', 'secretary', 'minister', 'prime', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess',
  'pope', 'judge', 'justice', 'gen', 'general', 'col', 'colonel', 'lt', 'capt', 'captain', 'adm', 'admiral',
  'sgt', 'mayor', 'speaker', 'leader', 'chairman', 'chairwoman', 'chair', 'ambassador', 'attorney', 'director',
  'commissioner', 'sheriff', 'rev', 'reverend', 'father', 'sir', 'lord', 'lady', 'dame', 'professor', 'prof',
  'candidate', 'nominee', 'former', 'democratic', 'republican', 'state', 'foreign', 'defense', 'press',
  'spokesman', 'spokeswoman', 'spokesperson', 'chief', 'deputy', 'acting', 'assistant', 'house', 'senate',
  'majority', 'minority', 'whip', 'pollster', 'strategist', 'adviser', 'advisor', 'aide', 'lawmaker', 'host',
  'anchor', 'correspondent', 'analyst', 'economist', 'ceo', 'founder', 'executive', 'supreme', 'court', 'u.s',
  'then-sen', 'then-candidate', 'then-president', 'sens', 'reps', 'gop', 'presidential', 'first',
]);

/** Titles that fix a gender. */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map<string, 'male' | 'female'>([
  ['mr', 'male'], ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['king', 'male'], ['queen', 'female'],
  ['prince', 'male'], ['princess', 'female'], ['sir', 'male'], ['lord', 'male'], ['lady', 'female'], ['dame', 'female'],
  ['chairwoman', 'female'], ['spokeswoman', 'female'], ['spokesman', 'male'], ['father', 'male'],
]);

/**
 * Nouns that head a description of a person or group who can speak ("a White House spokesman",
 * "officials", "the Russian leader"). Plural ones name groups.
 */
export const SPEAKER_ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'source', 'sources', 'aide', 'aides',
  'adviser', 'advisers', 'advisor', 'advisors', 'leader', 'leaders', 'president', 'minister', 'senator',
  'governor', 'candidate', 'nominee', 'campaign', 'spokespeople', 'analyst', 'analysts', 'expert', 'experts',
  'critics', 'supporters', 'voters', 'people', 'lawmakers', 'diplomat', 'diplomats', 'statement', 'report',
  'poll', 'polls', 'survey', 'study', 'police', 'prosecutors', 'authorities', 'government', 'administration',
  'company', 'committee', 'agency', 'ministry', 'department', 'group', 'party', 'senators', 'democrats',
  'republicans', 'observers', 'residents', 'witnesses', 'spokesmen', 'economists', 'strategists', 'pollster',
  'host', 'reporter', 'reporters', 'author', 'authors', 'researchers', 'scientists', 'lawyer', 'lawyers',
  'attorney', 'attorneys', 'organizers', 'protesters', 'activists', 'members', 'member', 'chairman', 'secretary',
  'judge', 'court', 'memo', 'letter', 'data', 'figures', 'numbers', 'paper', 'article', 'newspaper', 'website',
  'network', 'channel', 'senate', 'house', 'white', 'manager', 'director', 'strategist', 'operative', 'donor',
  'donors', 'delegates', 'representatives', 'congressman', 'congresswoman', 'mayor', 'sheriff', 'man', 'woman',
  'men', 'women', 'person', 'persons', 'wife', 'husband', 'son', 'daughter', 'mother', 'father', 'brother',
  'sister', 'friend', 'friends', 'colleague', 'colleagues', 'spokesperson', 'representative', 'rep', 'professor', 'everyone', 'others', 'many', 'some', 'most', 'both', 'all', 'few', 'americans', 'kremlin',
]);

/** Words that start a noun phrase before its head noun ("the", "a", "his"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many',
  'most', 'several', 'other', 'another', 'both', 'two', 'three', 'four', 'few', 'all', 'each', 'one', 'no',
  'every', 'such',
]);

/** Nationality or institution words that can describe a role: "the Russian leader" matches "Russian President Putin". */
export const ROLE_SYNONYMS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['leader', ['president', 'prime', 'chancellor', 'premier', 'leader', 'king', 'queen']],
  ['president', ['president']],
  ['senator', ['sen', 'senator']],
  ['governor', ['gov', 'governor']],
  ['secretary', ['secretary']],
  ['minister', ['minister', 'prime']],
  ['mayor', ['mayor']],
  ['candidate', ['candidate', 'nominee']],
  ['nominee', ['nominee', 'candidate']],
  ['chancellor', ['chancellor']],
]);

/** Things that carry someone's words ("issued a statement saying"): the writer, not the document, is the speaker. */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'statements', 'email', 'emails', 'letter', 'memo', 'tweet', 'tweets', 'post', 'video', 'ad', 'ads',
  'release', 'op-ed', 'speech', 'interview', 'message', 'note',
]);
