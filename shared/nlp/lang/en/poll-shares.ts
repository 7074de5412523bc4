/**
 * Poll results reported as speech: "Twenty-four percent said they …", "Six in 10 say …", "Only 9 percent
 * say …". Lower case.
 */

/** Number words a share is spelled with ("Twenty-four percent", "six in ten"); hyphenated ones are split. */
export const NUMBER_WORDS: ReadonlySet<string> = new Set([
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
  'sixty', 'seventy', 'eighty', 'ninety', 'hundred',
]);

/** Words that name a share as a fraction of respondents: "47 percent", "47 %", "47 pct". */
export const SHARE_UNITS: ReadonlySet<string> = new Set(['percent', '%', 'pct']);

/** Words that hedge or qualify a share before its number: "Some 22 percent", "more than six in 10", "a mere 9 percent". */
export const SHARE_QUALIFIERS: ReadonlySet<string> = new Set([
  'some', 'only', 'about', 'nearly', 'almost', 'roughly', 'just', 'around', 'approximately', 'over', 'under',
  'more', 'fewer', 'less', 'than', 'a', 'mere', 'barely', 'fully', 'at', 'least', 'another', 'the', 'other',
]);

/** Words after which a share may open its clause: "…, while 9 percent said", "and 40 percent say". */
export const SHARE_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'yet', 'so', 'though', 'although']);
