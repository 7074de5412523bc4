import type { Attributed, AttributedQuote, Span, SpeakerDigest, SpeakerRef, TextSpan } from '../types';
import { trimToClause } from './clause-trim';
import type { ArticleProfile } from './sentence-features';
import { BACK_REFERENCE_OPENINGS } from './standalone-cues';
import { textSpan } from './text-span';
import { isSpaceUnit } from '../quotes/word-characters';
import { countLetterRuns } from './tokens';

/** A speaker's first this many quotes are weighed for the digest: enough to see their themes, bounded for a 2 MB input. */
const MAX_WEIGHED_QUOTES = 100;
/** How many quotes a digest shows. */
const MAX_SHOWN_QUOTES = 2;
/** A second quote is shown only when it is nearly as representative as the first... */
const SECOND_QUOTE_SHARE = 0.6;
/** ...and says something else (share of content stems in common). */
const MAX_QUOTE_OVERLAP = 0.5;
/** The digest line's length, in words, before it is cut at a clause. */
const DIGEST_WORDS = 25;
/** A digest shorter than this borrows a clause from the next quote. */
const SHORT_DIGEST_WORDS = 8;

interface Candidate {
  readonly quote: AttributedQuote;
  /** The quoted words: the longest piece of an interrupted quote, trimmed of spaces and marks. */
  readonly span: Span;
  /** Ids of its content stems (the article's vocabulary). */
  readonly stems: ReadonlySet<number>;
  readonly score: number;
}

/** Reported speech opens with its complementizer: "(said) that Greece will pay" reads as "Greece will pay". */
const REPORTED_THAT = /^that\s+/i;
/** Longest opening REPORTED_THAT is tried on: "that" and a run of spaces. */
const REPORTED_THAT_REACH = 64;

/** The quote marks innerSpan balances, by their index in QuoteMarkCounts: " “ ” ‘ ’ and '. */
const STRAIGHT = 0;
const LEFT_DOUBLE = 1;
const RIGHT_DOUBLE = 2;
const LEFT_SINGLE = 3;
const RIGHT_SINGLE = 4;
const APOSTROPHE = 5;
type QuoteMarkCounts = Int32Array;

function quoteMarkIndex(code: number): number {
  switch (code) {
    case 0x22:
      return STRAIGHT;
    case 0x201c:
      return LEFT_DOUBLE;
    case 0x201d:
      return RIGHT_DOUBLE;
    case 0x2018:
      return LEFT_SINGLE;
    case 0x2019:
      return RIGHT_SINGLE;
    case 0x27:
      return APOSTROPHE;
    default:
      return -1;
  }
}

function quoteMarkCounts(text: string, start: number, end: number): QuoteMarkCounts {
  const counts = new Int32Array(6);
  for (let at = start; at < end; at++) {
    const code = text.charCodeAt(at);
    // Every quote mark is '"', "'" or in U+2018–U+201D.
    if (code !== 0x22 && code !== 0x27 && (code < 0x2018 || code > 0x201d)) continue;
    const mark = quoteMarkIndex(code);
    if (mark >= 0) counts[mark]!++;
  }
  return counts;
}

/** A quote mark at the edge of a span that has no partner inside it (so cutting it leaves the rest balanced), given the span's mark counts. */
function unpairedEdgeMark(code: number, counts: QuoteMarkCounts, atEnd: boolean): boolean {
  switch (quoteMarkIndex(code)) {
    case STRAIGHT:
      return (counts[STRAIGHT] as number) % 2 === 1;
    case LEFT_DOUBLE:
    case RIGHT_DOUBLE:
      return counts[LEFT_DOUBLE] !== counts[RIGHT_DOUBLE];
    case LEFT_SINGLE:
    case RIGHT_SINGLE:
    case APOSTROPHE:
      return atEnd ? (counts[LEFT_SINGLE] as number) < (counts[RIGHT_SINGLE] as number) + (counts[APOSTROPHE] as number) : true;
    default:
      return false;
  }
}

/**
 * The content without surrounding spaces, unpaired quote marks, a comma left before the cue,
 * or a reported "that", so highlights start and end at a word. The span's quote marks are
 * counted once and kept up to date as it shrinks, rather than recounted in a copy per step.
 */
function innerSpan(text: string, span: Span): Span {
  let { start, end } = span;
  const counts = quoteMarkCounts(text, start, end);
  const drop = (code: number) => {
    const mark = quoteMarkIndex(code);
    if (mark >= 0) counts[mark]!--;
  };
  const trim = () => {
    for (let changed = true; changed && end > start; ) {
      changed = false;
      const first = text.charCodeAt(start);
      const last = text.charCodeAt(end - 1);
      if (isSpaceUnit(first) || unpairedEdgeMark(first, counts, false)) {
        drop(first);
        start++;
        changed = true;
      } else if (isSpaceUnit(last) || last === 0x2c || last === 0x3b || last === 0x3a || unpairedEdgeMark(last, counts, true)) {
        drop(last);
        end--;
        changed = true;
      }
    }
  };
  trim();
  const that = REPORTED_THAT.exec(text.slice(start, Math.min(end, start + REPORTED_THAT_REACH)));
  if (that && that[0].length < end - start) {
    start += that[0].length;
    trim();
  }
  return end > start ? { start, end } : span;
}

/** First sentence of a span (quotes often run several), stopping at a paragraph break too. */
function firstSentence(text: string, span: Span): Span {
  const body = text.slice(span.start, span.end);
  const stop = /[.!?…]["”’]?(?=\s+["“‘]?[\p{Lu}\p{N}])|\n/u.exec(body);
  return stop ? { start: span.start, end: span.start + stop.index + (stop[0] === '\n' ? 0 : stop[0].length) } : span;
}

function longestPiece(quote: AttributedQuote): Span {
  const pieces = quote.pieces && quote.pieces.length > 0 ? quote.pieces : [quote];
  return pieces.reduce((best, p) => (p.end - p.start > best.end - best.start ? p : best));
}

const overlap = (a: ReadonlySet<number>, b: ReadonlySet<number>): number => {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const s of a) if (b.has(s)) common++;
  return common / Math.min(a.size, b.size);
};

/**
 * How well a quote stands for its speaker: it uses the words the speaker keeps coming back
 * to and the words the article is about (each stem counted once, log-damped, averaged over
 * √size so long quotes do not win by length alone); it is long enough to state something
 * (8–40 words); the speaker's own words (direct) beat a partly quoted paraphrase, which beats a plain one; attribution confidence scales it.
 */
function representativeness(stems: ReadonlySet<number>, wordTotal: number, quote: AttributedQuote, speakerCounts: ReadonlyMap<number, number>, articleCounts: Int32Array): number {
  let topical = 0;
  for (const stem of stems) topical += Math.log(speakerCounts.get(stem) ?? 1) + 0.5 * Math.log(articleCounts[stem] ?? 1);
  topical /= Math.sqrt(Math.max(stems.size, 1));
  const sized = wordTotal < 4 ? 0.3 : wordTotal < 8 ? 0.7 : wordTotal <= 40 ? 1 : 0.8;
  const own = quote.kind === 'indirect' ? 0.85 : quote.kind === 'partial' ? 0.9 : 1;
  return (topical + 0.5) * sized * own * (0.5 + quote.confidence);
}

/** Whoever is only a pronoun ("he") is not yet resolved to a person: no digest for them. */
const isPronoun = (name: string): boolean => BACK_REFERENCE_OPENINGS.has(name.trim().toLowerCase());

/**
 * One entry per named speaker, most prominent first (most quotes, then most mentions, then
 * who speaks first): the one or two quotes that best represent them, and a one-line digest
 * made only of their own quoted or reported words (clauses joined by " … ").
 */
export function speakerDigests(attributed: Attributed, profile: Pick<ArticleProfile, 'vocabulary' | 'stemCounts'>): SpeakerDigest[] {
  const { text } = attributed.segmented.document;
  const { vocabulary, stemCounts } = profile;
  const clusters = new Map(attributed.speakers.map((c) => [c.id, c]));
  const bySpeaker = new Map<string, { ref: SpeakerRef; quotes: AttributedQuote[] }>();
  for (const quote of attributed.quotes) {
    if (!quote.speaker) continue;
    const entry = bySpeaker.get(quote.speaker.id) ?? { ref: quote.speaker, quotes: [] };
    entry.quotes.push(quote);
    bySpeaker.set(quote.speaker.id, entry);
  }

  const digests: { digest: SpeakerDigest; mentions: number; first: number }[] = [];
  for (const [id, { ref, quotes }] of bySpeaker) {
    const name = clusters.get(id)?.name ?? ref.name;
    if (isPronoun(name)) continue;
    const pieces = quotes.slice(0, MAX_WEIGHED_QUOTES).map((quote) => {
      const span = innerSpan(text, longestPiece(quote));
      const words = vocabulary.words(text, span.start, span.end);
      const stems = new Set<number>();
      for (const form of words) {
        const id = vocabulary.stemId(form);
        if (id >= 0) stems.add(id);
      }
      return { quote, span, wordCount: words.length, stems };
    });
    const speakerCounts = new Map<number, number>();
    for (const p of pieces) for (const stem of p.stems) speakerCounts.set(stem, (speakerCounts.get(stem) ?? 0) + 1);
    const ranked: Candidate[] = pieces
      .map((p) => ({ quote: p.quote, span: p.span, stems: p.stems, score: representativeness(p.stems, p.wordCount, p.quote, speakerCounts, stemCounts) }))
      .sort((a, b) => b.score - a.score || a.span.start - b.span.start);

    const shown: Candidate[] = [];
    for (const c of ranked) {
      if (shown.length >= MAX_SHOWN_QUOTES) break;
      const top = shown[0];
      if (top && (c.score < SECOND_QUOTE_SHARE * top.score || overlap(c.stems, top.stems) > MAX_QUOTE_OVERLAP)) continue;
      shown.push(c);
    }

    const digestSpans: TextSpan[] = [];
    const digestStems: ReadonlySet<number>[] = [];
    for (const c of ranked) {
      if (digestStems.some((stems) => overlap(stems, c.stems) > MAX_QUOTE_OVERLAP)) continue;
      const clause = trimToClause(text, firstSentence(text, c.span), DIGEST_WORDS, 4);
      digestSpans.push(textSpan(text, innerSpan(text, clause)));
      digestStems.push(c.stems);
      if (digestSpans.reduce((sum, d) => sum + countLetterRuns(d.text), 0) >= SHORT_DIGEST_WORDS || digestSpans.length >= 2) break;
    }

    const cluster = clusters.get(id);
    digests.push({
      digest: {
        id,
        name,
        quoteCount: quotes.length,
        quotes: shown.map((c) => textSpan(text, c.span)),
        digest: digestSpans.map((d) => d.text.replace(/\s+/g, ' ')).join(' … '),
        digestSpans,
      },
      mentions: cluster?.mentions.length ?? 0,
      first: Math.min(...quotes.map((q) => q.start)),
    });
  }
  return digests
    .sort((a, b) => b.digest.quoteCount - a.digest.quoteCount || b.mentions - a.mentions || a.first - b.first || a.digest.id.localeCompare(b.digest.id))
    .map((d) => d.digest);
}
