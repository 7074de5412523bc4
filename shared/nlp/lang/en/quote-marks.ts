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
