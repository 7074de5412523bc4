import { DOUBLE_QUOTE_PAIRS, QUOTE_CHARACTERS, SINGLE_QUOTE_PAIRS } from '../lang/en/quote-marks';
import { nextMatchFinder } from '../segment/next-match';
import type { Paragraph, Span } from '../types';
import { isLetterOrNumber, isSpaceUnit } from './word-characters';

/** A run of text between quote marks, found by the marks alone. */
export interface MarkedQuote {
  /** From the opening mark to just after the closing mark (or the end of the last paragraph). */
  readonly outer: Span;
  /** The content pieces without marks: one per paragraph the quotation runs through. */
  readonly pieces: readonly Span[];
  readonly closed: boolean;
  readonly multiParagraph: boolean;
}

const CLOSING_DOUBLES = new Set(['"', '”', '“', '»']);
/** A letter or a number; nothing (the text's edge) is neither. */
const isLetter = (ch: string | undefined): boolean => ch !== undefined && isLetterOrNumber(ch.charCodeAt(0));
/** White space; the text's edge counts as space. */
const isSpace = (ch: string | undefined): boolean => ch === undefined || isSpaceUnit(ch.charCodeAt(0));
/** Characters that can open or close a quotation; the scan jumps from one to the next natively. */
const MARKS = `[${QUOTE_CHARACTERS}]`;
/** What may stand right before an opening mark: space, a bracket, a dash, a slash, or an invisible format mark (U+200B–U+200F, U+202A–U+202E, U+2060, U+FEFF) that some feeds put at a paragraph's start. */
const OPENING_CONTEXT = /[\s([{\u2014\u2013/\u200b-\u200f\u202a-\u202e\u2060\ufeff-]/;

/** A straight mark opens when what comes before cannot end a word. */
function opensHere(text: string, at: number, lowerBound: number): boolean {
  if (at === lowerBound) return true;
  const before = text[at - 1];
  return before === undefined || OPENING_CONTEXT.test(before) || DOUBLE_QUOTE_PAIRS.has(before) || SINGLE_QUOTE_PAIRS.has(before);
}

/** Whether only space or invisible format marks stand between the paragraph start and `at`. */
function atParagraphStart(text: string, at: number, start: number): boolean {
  for (let k = at - 1; k >= start; k--) if (!OPENING_CONTEXT.test(text[k] as string)) return false;
  return true;
}

interface OpenMark {
  readonly at: number;
  readonly close: string;
  readonly single: boolean;
  /** Opened by two apostrophes; only two apostrophes close it. */
  readonly doubled: boolean;
}

/**
 * Finds the top-level quotations of one paragraph in a single left-to-right pass. Returns the
 * closed ones and, if the paragraph ends inside a double quotation, where it opened.
 */
function scanParagraph(text: string, p: Paragraph, nextMark: (from: number) => number): { closed: Span[]; openAt: number | null } {
  const closed: Span[] = [];
  let double: OpenMark | null = null;
  let single: OpenMark | null = null;
  let nested = 0;
  for (let i = nextMark(p.start); i < p.end; i = nextMark(i + 1)) {
    let ch = text[i] as string;
    // Two apostrophes stand for a straight double mark in some wire copy (''like this'').
    const doubled = ch === "'" && text[i + 1] === "'";
    if (doubled) ch = '"';
    if (double) {
      // A quotation of another style opened inside ("… about “Equal Justice” anymore.") nests; its close is not ours.
      if (!doubled && ch !== double.close && DOUBLE_QUOTE_PAIRS.has(ch) && opensHere(text, i, p.start) && isLetter(text[i + 1])) {
        nested++;
        continue;
      }
      const closes = ch === double.close || (CLOSING_DOUBLES.has(ch) && !opensHere(text, i, p.start));
      if (closes && nested > 0 && !doubled) {
        nested--;
        continue;
      }
      // Any closing double mark ends the quotation: wire copy mixes “curly” and "straight" marks.
      if (closes && doubled === double.doubled) {
        closed.push({ start: double.at, end: i + (doubled ? 2 : 1) });
        double = null;
        nested = 0;
      }
      if (doubled) i++;
      continue;
    }
    if (single) {
      // An apostrophe inside the quoted words ("don't") has letters on both sides; a closing mark does not.
      if (ch === single.close && !(isLetter(text[i - 1]) && isLetter(text[i + 1])) && !isSpace(text[i - 1])) {
        closed.push({ start: single.at, end: i + 1 });
        single = null;
        continue;
      }
      if (DOUBLE_QUOTE_PAIRS.has(ch)) {
        // A double mark inside a single-quoted run means the single mark was an apostrophe after all.
        single = null;
      } else continue;
    }
    // A right mark where only an opening one fits (`”Fear. I am truly afraid …”` opening a paragraph) opens, closed by its like.
    const doubleClose = ch === '”' ? ((opensHere(text, i, p.start) && !isSpace(text[i + 1])) || atParagraphStart(text, i, p.start) ? '”' : undefined) : DOUBLE_QUOTE_PAIRS.get(ch);
    if (doubleClose !== undefined && (ch !== '"' || opensHere(text, i, p.start)) && !(ch === '»' && !opensHere(text, i, p.start))) {
      double = { at: i, close: doubleClose, single: false, doubled };
      if (doubled) i++;
      continue;
    }
    if (doubled) {
      i++;
      continue;
    }
    const singleClose = SINGLE_QUOTE_PAIRS.get(ch);
    if (singleClose !== undefined && opensHere(text, i, p.start) && isLetter(text[i + 1])) {
      single = { at: i, close: singleClose, single: true, doubled: false };
    }
  }
  return { closed, openAt: double ? double.at : null };
}

/** Whether a paragraph opens with a double quote mark (a multi-paragraph quotation continues in it). */
function opensWithQuote(text: string, p: Paragraph): boolean {
  let i = p.start;
  while (i < p.end && isSpace(text[i])) i++;
  return i < p.end && (DOUBLE_QUOTE_PAIRS.has(text[i] as string) || (text[i] === "'" && text[i + 1] === "'"));
}

const markWidth = (text: string, at: number): number => (text[at] === "'" && text[at + 1] === "'" ? 2 : 1);

const inner = (text: string, outer: Span, closed: boolean): Span => {
  const start = Math.min(outer.start + markWidth(text, outer.start), outer.end);
  const end = closed ? Math.max(start, outer.end - (text[outer.end - 1] === "'" && text[outer.end - 2] === "'" ? 2 : 1)) : outer.end;
  return { start, end };
};

/**
 * All quotations marked with quote marks, in text order, in one linear pass over the paragraphs.
 * A paragraph that ends inside a quotation continues into the next one when that one opens with
 * a quote mark (the newspaper convention); otherwise the quotation is unterminated at its paragraph end.
 */
export function findMarkedQuotes(text: string, paragraphs: readonly Paragraph[]): MarkedQuote[] {
  const quotes: MarkedQuote[] = [];
  let carried: { start: number; pieces: Span[] } | null = null;
  // One finder for the whole text: it relies on the paragraphs coming in text order, as splitParagraphs gives them.
  const nextMark = nextMatchFinder(MARKS, text);
  for (let index = 0; index < paragraphs.length; index++) {
    const p = paragraphs[index] as Paragraph;
    const { closed, openAt } = scanParagraph(text, p, nextMark);
    let rest = closed;
    if (carried) {
      // The first quotation of this paragraph continues the carried one.
      const first = closed[0];
      if (first && first.start === firstNonSpace(text, p)) {
        const pieces: Span[] = [...carried.pieces, inner(text, first, true)];
        quotes.push({ outer: { start: carried.start, end: first.end }, pieces, closed: true, multiParagraph: true });
        rest = closed.slice(1);
        carried = null;
      } else if (!first && openAt === firstNonSpace(text, p)) {
        carried.pieces.push(inner(text, { start: openAt, end: p.end }, false));
        continue;
      } else {
        quotes.push(unterminated(carried));
        carried = null;
      }
    }
    for (const span of rest) quotes.push({ outer: span, pieces: [inner(text, span, true)], closed: true, multiParagraph: false });
    if (openAt !== null) {
      const next = paragraphs[index + 1];
      const piece = inner(text, { start: openAt, end: p.end }, false);
      if (next && opensWithQuote(text, next)) carried = { start: openAt, pieces: [piece] };
      else quotes.push({ outer: { start: openAt, end: p.end }, pieces: [piece], closed: false, multiParagraph: false });
    }
  }
  if (carried) quotes.push(unterminated(carried));
  return quotes;
}

function firstNonSpace(text: string, p: Paragraph): number {
  let i = p.start;
  while (i < p.end && isSpace(text[i])) i++;
  return i;
}

function unterminated(carried: { start: number; pieces: Span[] }): MarkedQuote {
  const last = carried.pieces[carried.pieces.length - 1] as Span;
  return { outer: { start: carried.start, end: last.end }, pieces: carried.pieces, closed: false, multiParagraph: carried.pieces.length > 1 };
}
