/**
 * Signs that a sentence cannot stand alone in a summary, or is not article text at all.
 * Data, not code: each entry says what it catches.
 */

/** Opening words that point back to something the reader of a summary has not seen. */
export const BACK_REFERENCE_OPENINGS: ReadonlySet<string> = new Set([
  'he', 'she', 'it', 'they', 'his', 'her', 'its', 'their', 'them', 'him', 'this', 'that', 'these', 'those', 'there',
  'such', 'both', 'another', 'other', 'others', 'former', 'latter', 'we', 'i', 'you', 'our', 'my',
]);

/** Openings that continue an argument begun in the previous sentence. */
export const CONNECTIVE_OPENINGS: ReadonlySet<string> = new Set([
  'but', 'and', 'or', 'so', 'yet', 'however', 'also', 'meanwhile', 'instead', 'still', 'then', 'thus', 'hence',
  'therefore', 'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'besides', 'otherwise', 'indeed', 'later',
  'earlier', 'now', 'again', 'too', 'though', 'although', 'because',
]);

/**
 * Page furniture glued to the front of a real sentence; a summary span starts after it.
 * Each pattern is anchored at the start and matches only the furniture.
 */
export const LEADING_FURNITURE: readonly RegExp[] = [
  /^\s*scroll down for (?:video|more)\s*[.:!]?\s*/i, // Daily Mail's "Scroll down for video"
  /^\s*(?:[A-Z][A-Za-z .,'’-]*\s)?\((?:CNN|AP|Reuters|AFP|EW\.com|CNN Student News)\)\s*(?:[-–—]+|:)?\s*/, // dateline "LONDON, England (CNN) -- "
  /^\s*(?:By|From)\s+\.?\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*\.\s+/, // byline "By . Jane Doe . "
  /^\s*(?:PUBLISHED|UPDATED|Last updated)\s*:.*?\d{4}\s*\.?\s*\|?\s*/i, // "PUBLISHED: 12:01 EST, 3 May 2013 ."
];

/** Page furniture that leaks into article text as a sentence of its own: bylines, credits, video prompts, share bars. */
export const BOILERPLATE: readonly RegExp[] = [
  /^\s*scroll down for (?:video|more)\W*$/i,
  /\bclick here\b/i,
  /^\s*(?:by|from)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:[.,|]|$)/, // byline "By Jane Doe ."
  /\b(?:PUBLISHED|UPDATED|Last updated)\s*:/i,
  /\b(?:daily mail|mailonline) reporter\b/i,
  /^\s*\(?(?:photo|picture|image|video|graphic)s?\s*(?:credit)?\s*:/i, // "Photo: ..."
  /^\s*(?:image|media|video|photo) (?:caption|copyright|source|credit)\b/i, // BBC's "Image copyright Getty Images", "Image caption ..."
  /\((?:Getty|AFP|AP|Reuters|PA|EPA)(?: Images| Photo)?\)\s*$/i, // credit at the end of a caption
  /\b(?:Getty Images|AFP\/Getty|AP Photo|Reuters\/)\b/,
  /^\s*(?:share|follow|read more|related|advertisement|comments?)\b/i,
  /\b(?:follow|email) (?:us|him|her|me) (?:on|at)\b/i,
  /@\w+\s*$/, // "Follow @reporter"
  /^\s*[A-Z][A-Z .,'-]{2,}(?:\([A-Za-z ]+\))?\s*[-–—]+\s*$/, // a dateline split off on its own: "LONDON (CNN) --"
];

/** Reporting verbs: a quote sentence that has one says who is speaking. */
export const SPEECH_VERBS =
  /\b(?:said|says|say|saying|told|tells|telling|added|adds|asked|asks|explained|explains|stated|states|claimed|claims|insisted|insists|warned|warns|argued|argues|wrote|writes|according to|announced|announces|declared|declares|admitted|admits|replied|replies|continued|noted|notes|tweeted|posted|recalled|recalls|revealed|reveals|joked|jokes|confirmed|confirms|described|describes|suggested|suggests|urged|urges|conceded|concedes|agreed|agrees|denied|denies)\b/i;
