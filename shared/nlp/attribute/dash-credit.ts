import { CREDIT_DASHES, CREDIT_HYPHEN, QUOTE_CHARACTERS } from '../lang/en/quote-marks';
import type { Quotation } from '../types';
import type { NameMention } from './name-mentions';
import { firstStartingFrom } from './spans-by-start';

/** Closing marks and the punctuation tucked inside or after them ("…,”" / "….”") that a credit line follows. */
const MAX_CLOSING = 4;
/** Spaces and paragraph breaks between the quotation and its credit dash: "”\n\n- Sanders." */
const MAX_GAP = 6;

const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\u00a0' || c === '\n' || c === '\r';

/** Index in `names` (sorted by start) of the mention that starts exactly at `at`, or -1. */
function nameStartingAt(names: readonly NameMention[], at: number): number {
  const index = firstStartingFrom(names, at);
  return names[index]?.start === at ? index : -1;
}

/**
 * A quotation no cue claimed may be credited the way pull quotes and reader comments are: a dash and a
 * name right after its closing mark ("“…” ― Carla Sanchez", or "— Bernie Sanders." opening the next
 * paragraph). Returns the index in `names` of the credited name, or -1. A possessive name after the dash
 * ("— Trump's words —") qualifies something else and credits nobody.
 */
export function dashCredit(q: Quotation, text: string, names: readonly NameMention[]): number {
  let at = q.end;
  const closingEnd = Math.min(text.length, q.end + MAX_CLOSING);
  let closed = false;
  while (at < closingEnd && (QUOTE_CHARACTERS.includes(text[at] as string) || text[at] === '.' || text[at] === ',' || text[at] === '!' || text[at] === '?')) {
    closed ||= QUOTE_CHARACTERS.includes(text[at] as string);
    at++;
  }
  if (!closed) return -1;
  const gapEnd = Math.min(text.length, at + MAX_GAP);
  let newParagraph = false;
  while (at < gapEnd && isSpace(text[at] as string)) {
    newParagraph ||= text[at] === '\n';
    at++;
  }
  const dash = text[at];
  if (dash === undefined || !(CREDIT_DASHES.includes(dash) || (dash === CREDIT_HYPHEN && newParagraph))) return -1;
  at++;
  while (at < text.length && (text[at] === ' ' || text[at] === '\u00a0')) at++;
  const index = nameStartingAt(names, at);
  return index >= 0 && !(names[index] as NameMention).possessive ? index : -1;
}
