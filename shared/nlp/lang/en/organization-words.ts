/**
 * Words that make a capitalized name an organization, not a person ("The New York Times",
 * "the State Department", "the Kremlin"). Lower case.
 */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'times', 'post', 'news', 'journal', 'press', 'herald', 'tribune', 'gazette', 'magazine', 'reuters', 'cnn', 'nbc',
  'abc', 'cbs', 'fox', 'msnbc', 'bbc', 'npr', 'politico', 'axios', 'bloomberg', 'associated', 'agency', 'house',
  'department', 'ministry', 'office', 'party', 'committee', 'council', 'commission', 'university', 'college',
  'institute', 'foundation', 'center', 'centre', 'campaign', 'inc', 'corp', 'co', 'company', 'group', 'bank',
  'court', 'congress', 'senate', 'parliament', 'kremlin', 'pentagon', 'government', 'administration', 'union',
  'association', 'board', 'bureau', 'service', 'network', 'fund', 'pac', 'coalition', 'league', 'organization',
  'federation', 'nations', 'alliance', 'army', 'navy', 'police', 'fbi', 'cia', 'gop', 'rnc', 'dnc', 'nato', 'eu',
  'un', 'who', 'states', 'republicans', 'democrats', 'poll', 'survey', 'research', 'project', 'watch', 'times/siena',
  'caller', 'beast', 'hill', 'breitbart', 'twitter', 'facebook', 'google', 'microsoft', 'apple', 'amazon',
]);

/** Adjectives of nationality or party that can stand before a title ("Russian President", "Democratic Sen."). */
export const AFFILIATION_ADJECTIVES_PATTERN = /(?:ian|ese|ish|ic|an|i)$/;
