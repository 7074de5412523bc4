/** Opening quote marks and the marks that may close them. */
export const DOUBLE_QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['“', '”'],
  ['„', '“'],
  ['«', '»'],
  ['»', '«'],
]);

/** Single quote marks used as quotation marks (never when a letter sits on both sides: an apostrophe). */
export const SINGLE_QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ["'", "'"],
  ['‘', '’'],
  ['‚', '‘'],
  ['‹', '›'],
]);

/** Every character that can open or close a quotation. */
export const QUOTE_CHARACTERS = '"“”„«»\'‘’‚‹›';

/**
 * Dashes that introduce a credit line after a quotation ("“…” ― Carla Sanchez", "“…”\n\n— Bernie Sanders"):
 * the horizontal bar, em dash and en dash anywhere after the closing mark.
 */
export const CREDIT_DASHES = '―—–';
/** A hyphen serves as a credit dash only when it opens the paragraph ("\n- Hillary Clinton."). */
export const CREDIT_HYPHEN = '-';
