/**
 * Capitalized words that do not start or belong to a person's or organization's name: sentence
 * openers, days and months. Lower case.
 */
export const NON_NAME_CAPITALS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without',
  'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where', 'why', 'how', 'what', 'which', 'who',
  'whom', 'whose', 'if', 'as', 'though', 'although', 'because', 'however', 'still', 'meanwhile', 'instead',
  'also', 'then', 'now', 'today', 'yesterday', 'tomorrow', 'there', 'here', 'this', 'that', 'these', 'those',
  'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'him', 'them',
  'us', 'me', 'not', 'no', 'yes', 'of', 'to', 'into', 'about', 'over', 'under', 'again', 'even', 'only', 'just',
  'some', 'many', 'most', 'more', 'all', 'both', 'each', 'every', 'other', 'another', 'such', 'one', 'two',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'asked', 'said', 'says', 'according', 'speaking', 'earlier', 'later', 'last', 'next', 'first', 'after',
  'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'will', 'would', 'can', 'could', 'should', 'let',
  'like', 'unlike', 'despite', 'asked', 'well', 'oh', 'mr', 'mrs', 'ms', 'dr', 'update', 'photo', 'video',
]);
