import type { Paragraph } from '../types';
import { isLetter, isLetterOrDigit, isOpening, isSpace } from './char-classes';
import { nextMatchFinder } from './next-match';

/** What a quote or bracket character turned out to be. */
export const PairRole = {
  /** Opens a pair that closes inside the same paragraph. */
  Open: 1,
  /** Closes a pair. */
  Close: 2,
} as const;
export type PairRole = (typeof PairRole)[keyof typeof PairRole];

const PairKind = {
  StraightDouble: 0,
  CurlyDouble: 1,
  StraightSingle: 2,
  CurlySingle: 3,
  Guillemet: 4,
  Paren: 5,
  Square: 6,
  Curly: 7,
} as const;
type PairKind = (typeof PairKind)[keyof typeof PairKind];
const KIND_COUNT = 8;

const QUOTES_AND_BRACKETS = '["\'“”„‘’«»()[\\]{}]';

/** The quote and bracket pairs of a text. */
export interface QuotePairs {
  /** Outermost pairs only, sorted, disjoint: `[opens[k], closes[k]]` are the offsets of the two marks. */
  readonly opens: readonly number[];
  readonly closes: readonly number[];
  /** Role of every mark that is part of a pair, by offset into the text (0 for none). */
  readonly roles: Uint8Array;
}

const isDash = (code: number): boolean => code === 0x2d || code === 0x2013 || code === 0x2014;

/**
 * Matches quote marks and brackets paragraph by paragraph, like textlint's sentence-splitter
 * PairMaker, so the splitter never breaks inside a quotation. Only pairs that close in their
 * own paragraph count: an opener left open at the paragraph's end (a typo, or the first
 * paragraph of a multi-paragraph quote) protects nothing, so it cannot swallow the rest of
 * the paragraph or the article.
 *
 * Linear: each opener is pushed and popped once, per-kind counts let a closer with no matching
 * opener be ignored without searching the stack, and a pair that encloses earlier pairs
 * replaces them in the outermost list.
 */
export function findQuotePairs(text: string, paragraphs: readonly Paragraph[]): QuotePairs {
  const opens: number[] = [];
  const closes: number[] = [];
  const roles = new Uint8Array(text.length);
  const stackKind: PairKind[] = [];
  const stackAt: number[] = [];
  const open = new Int32Array(KIND_COUNT);
  const nextMark = nextMatchFinder(QUOTES_AND_BRACKETS, text);

  const push = (kind: PairKind, at: number): void => {
    stackKind.push(kind);
    stackAt.push(at);
    open[kind]!++;
  };
  /** Closes the innermost open pair of `kind`; openers above it were never closed. */
  const close = (kind: PairKind, at: number): void => {
    for (;;) {
      const top = stackKind.pop();
      const openedAt = stackAt.pop();
      if (top === undefined || openedAt === undefined) return;
      open[top]!--;
      if (top !== kind) continue;
      roles[openedAt] = PairRole.Open;
      roles[at] = PairRole.Close;
      while (opens.length > 0 && opens[opens.length - 1]! > openedAt) {
        opens.pop();
        closes.pop();
      }
      opens.push(openedAt);
      closes.push(at);
      return;
    }
  };
  /** Drops the open pair of `kind` (and anything above it): a new opener of the same kind supersedes it. */
  const abandon = (kind: PairKind): void => {
    while (open[kind]! > 0) {
      const top = stackKind.pop();
      stackAt.pop();
      if (top === undefined) return;
      open[top]!--;
    }
  };

  for (const { start, end } of paragraphs) {
    stackKind.length = 0;
    stackAt.length = 0;
    open.fill(0);
    for (let i = nextMark(start); i < end; i = nextMark(i + 1)) {
      const code = text.charCodeAt(i);
      switch (code) {
        case 0x22: {
          // A straight double quote is an opener or a closer only by its neighbours.
          const before = i > start ? text.charCodeAt(i - 1) : 0x20;
          const after = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
          const opener = (isSpace(before) || isOpening(before) || isDash(before)) && !isSpace(after);
          if (open[PairKind.StraightDouble]! > 0 && !opener) close(PairKind.StraightDouble, i);
          else if (opener) {
            abandon(PairKind.StraightDouble);
            push(PairKind.StraightDouble, i);
          }
          break;
        }
        case 0x201c:
        case 0x201e:
          abandon(PairKind.CurlyDouble);
          push(PairKind.CurlyDouble, i);
          break;
        case 0x201d:
          if (open[PairKind.CurlyDouble]! > 0) close(PairKind.CurlyDouble, i);
          break;
        case 0x27:
        case 0x2019: {
          // Mostly apostrophes (don't, Russia's, '90s): a closer only when a single quote is open
          // and no letter follows; an opener only a straight ' that starts a word.
          const kind = code === 0x27 ? PairKind.StraightSingle : PairKind.CurlySingle;
          const before = i > start ? text.charCodeAt(i - 1) : 0x20;
          const after = i + 1 < end ? text.charCodeAt(i + 1) : 0x20;
          if (open[kind]! > 0 && !isSpace(before) && !isLetterOrDigit(after)) close(kind, i);
          else if (code === 0x27 && (isSpace(before) || isOpening(before) || isDash(before)) && isLetter(after)) push(kind, i);
          break;
        }
        case 0x2018:
          push(PairKind.CurlySingle, i);
          break;
        case 0xab:
          push(PairKind.Guillemet, i);
          break;
        case 0xbb:
          if (open[PairKind.Guillemet]! > 0) close(PairKind.Guillemet, i);
          break;
        case 0x28:
          push(PairKind.Paren, i);
          break;
        case 0x29:
          if (open[PairKind.Paren]! > 0) close(PairKind.Paren, i);
          break;
        case 0x5b:
          push(PairKind.Square, i);
          break;
        case 0x5d:
          if (open[PairKind.Square]! > 0) close(PairKind.Square, i);
          break;
        case 0x7b:
          push(PairKind.Curly, i);
          break;
        case 0x7d:
          if (open[PairKind.Curly]! > 0) close(PairKind.Curly, i);
          break;
        default:
          break;
      }
    }
  }
  return { opens, closes, roles };
}
