/**
 * Time adverbials that news English puts between a subject and its verb ("Clinton on Tuesday said",
 * "Trump earlier Thursday warned", "Beck last week said", "Broaddrick Sunday night recounted"). Lower case.
 */

/** Days and spans a time adverbial names: "on Tuesday", "last week", "earlier this month". */
export const TIME_ADVERBIAL_NOUNS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'weekend', 'month', 'year',
  'today', 'yesterday', 'tonight',
]);

/** Parts of the day after a day name: "Sunday night", "on Thursday evening". */
export const DAY_PARTS: ReadonlySet<string> = new Set(['morning', 'afternoon', 'evening', 'night']);

/** Words that open a time adverbial before its day or span: "on Tuesday", "late Monday", "earlier this week". */
export const TIME_ADVERBIAL_OPENERS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'next', 'over']);

/** Time words that stand alone between subject and verb: "Trump earlier said", "Sanders previously argued". */
export const LONE_TIME_ADVERBS: ReadonlySet<string> = new Set(['earlier', 'previously', 'yesterday', 'today', 'tonight']);
