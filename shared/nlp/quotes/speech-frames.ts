import { ADVERBIAL_PREPOSITIONS, ASPECTUAL_CUES, CLAUSAL_CUES, INTRANSITIVE_SPEECH_CUES, PARTICIPLE_COMPLEMENT_OPENERS, TOPIC_PARTICLES, RAISING_CUES, FINITE_AUXILIARIES, PREPOSITIONS_BEFORE_THAT, CUE_TIME_WORDS, LISTENER_OBJECT_CUES, TIME_WORDS } from '../lang/en/cue-phrases';
import { DETERMINERS } from '../lang/en/person-titles';
import { OBJECT_RELATIVE_PRONOUNS, PRONOUN_CONTRACTIONS, SUBJECT_PRONOUNS } from '../lang/en/pronouns';
import { TIME_ADVERBIAL_NOUNS } from '../lang/en/subject-time-adverbials';
import type { QuotationKind, Span } from '../types';
import { questionEnd } from './asked-question';
import type { ClauseUnit } from './clause-units';
import { thatAfterCueAside } from './cue-aside';
import { type Candidate, findCandidates, leftEdge, span, unitSubject } from './cue-candidates';
import { cueExtensionAt, joinsCueAsParticle } from './cue-phrase-lookups';
import { nounPhraseEndingAt, nounPhraseStartingAt, type TokenRange } from './noun-phrases';
import type { MarkedQuote } from './quote-marks';
import { countQuotedWords } from './quoted-words';
import type { Token } from './tokens';

/** How a quotation was tied to its cue; attribution confidence is learned per pattern. */
export type FramePattern =
  | 'quote-source-cue'
  | 'quote-cue-source'
  | 'source-cue-quote'
  | 'source-cue-next-paragraph'
  | 'source-cue-clause'
  | 'clause-source-cue'
  | 'according-to'
  | 'participle'
  | 'standalone-quote'
  | 'embedded-quote';

/** One act of speech (or stance) found in the text: who, which verb, what content. */
export interface SpeechFrame {
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly content: Span[];
  readonly kind: QuotationKind;
  readonly pattern: FramePattern;
  readonly unit: number;
  /** Prior strength of the cue word (its train precision), 1 for quote-only evidence. */
  readonly cueStrength: number;
}

/** How far after a cue (in tokens) a "that" may open its content: "told an audience in Houston last week that …". */
const THAT_LOOKAHEAD = 12;
/** A clause before ", X said" needs this many words to be content (not "But, he said"). */
const MIN_BACKWARD_WORDS = 3;
const PRONOUN_SOURCES = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

function wordCount(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to; k++) if ((tokens[k] as Token).kind === 'word') n++;
  return n;
}

/** Index of the last content token before `index` once trailing punctuation is dropped. */
function trimBack(tokens: readonly Token[], from: number, index: number): number {
  let k = index;
  while (k >= from && (tokens[k] as Token).kind === 'punct') k--;
  return k;
}

/**
 * Whether a "that" some words after a cue opens its content clause ("told an audience in Houston that …")
 * rather than being a determiner ("through that contest"), a pronoun ("for that.") or a relative pronoun
 * ("envisioned an approach that exploited …", "the oil that funds …").
 */
function complementizerThat(tokens: readonly Token[], at: number, end: number): boolean {
  const before = tokens[at - 1] as Token;
  if (before.kind === 'word' && PREPOSITIONS_BEFORE_THAT.has(before.lower)) return false;
  const next = tokens[at + 1];
  // "told reporters in Greenville that “to be able to …”": a quotation right after "that" is its clause.
  if (at + 1 < end && next?.kind === 'quote') return true;
  if (at + 1 >= end || next === undefined || next.kind !== 'word') return false;
  return !FINITE_AUXILIARIES.has(next.lower) && !(next.lower.endsWith('ed') && !next.capitalized);
}

/** Words that open a relative clause after a comma, never a list item. */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose', 'whom', 'where']);

/** How far a list may run past a comma before its "and" ("citing low economic growth, unemployment and …"). */
const MAX_LIST_TAIL = 16;

/**
 * A comma inside a list of objects ("promising universal health care, free college and other costly programs"):
 * only words and commas follow it up to an "and" or "or" that has a word after it.
 */
function listGoesOn(tokens: readonly Token[], comma: number, stop: number): boolean {
  // "…would be Trump, who has a lead over Cruz and Kasich": a relative clause after the comma is no list item.
  if (RELATIVE_OPENERS.has(tokens[comma + 1]?.lower ?? '')) return false;
  for (let k = comma + 1; k <= stop && k - comma <= MAX_LIST_TAIL; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word') {
      if ((t.lower === 'and' || t.lower === 'or') && k > comma + 1 && tokens[k + 1]?.kind === 'word' && k + 1 <= stop) return true;
      continue;
    }
    if (t.lower !== ',') return false;
  }
  return false;
}

interface UnitContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly unit: ClauseUnit;
  readonly unitIndex: number;
  readonly quotes: readonly MarkedQuote[];
  readonly units: readonly ClauseUnit[];
}

function quoteKind(q: MarkedQuote): QuotationKind {
  if (q.multiParagraph) return 'multi-paragraph';
  return q.closed ? 'direct' : 'unterminated';
}

/** Content clause [from, to] tokens → spans: quote tokens contribute their inner pieces only when alone. */
function clauseContent(ctx: UnitContext, from: number, to: number): { content: Span[]; kind: QuotationKind } | null {
  const { tokens, quotes } = ctx;
  const last = trimBack(tokens, from, to);
  let first = from;
  while (first <= last && (tokens[first] as Token).kind === 'punct') first++;
  if (first > last) return null;
  if (first === last && (tokens[first] as Token).kind === 'quote') {
    const q = quotes[(tokens[first] as Token).quote] as MarkedQuote;
    return { content: [...q.pieces], kind: quoteKind(q) };
  }
  let words = 0;
  let hasQuote = false;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word') words++;
    if (t.kind === 'quote') hasQuote = true;
  }
  if (words === 0 && !hasQuote) return null;
  return { content: [span(tokens, first, last)], kind: hasQuote ? 'partial' : 'indirect' };
}

const MIN_EMBEDDED_WORDS = 4;

/**
 * Scare quotes and titles ("the so-called "deal"", "Meet the Press") are short or in Title Case;
 * a quoted fragment that is neither is likelier someone's words.
 */
function looksLikeSpeech(quote: MarkedQuote, text: string): boolean {
  const { words, capitalized } = countQuotedWords(quote, text);
  return words >= MIN_EMBEDDED_WORDS && capitalized * 2 < words;
}

/** A quoted name in Title Case ("Fox & Friends", "Meet the Press"): a show or a title, not words spoken. */
function looksLikeTitle(quote: MarkedQuote, text: string): boolean {
  const words = quote.pieces.flatMap((p) => text.slice(p.start, p.end).match(/[\p{L}\p{N}'’]+/gu) ?? []);
  const capitalized = words.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return words.length > 0 && capitalized * 2 > words.length;
}

/**
 * `Sunday on Fox News channel’s “Sunday Morning Futures,” Issa said …`, `In an interview with "Fox and
 * Friends," Trump …`: a title that closes a fronted adverbial (a preposition, or a time word and a
 * preposition, with no verb) names where the speech happened; it is not the frame's content.
 */
function titleClosesAdverbial(ctx: UnitContext, from: number, at: number): boolean {
  const { tokens } = ctx;
  const quote = tokens[at] as Token;
  if (quote.kind !== 'quote') return false;
  let k = from;
  while (k < at && (tokens[k] as Token).kind === 'punct') k++;
  if (k < at && TIME_WORDS.has((tokens[k] as Token).lower)) k++;
  if (k >= at || !ADVERBIAL_PREPOSITIONS.has((tokens[k] as Token).lower)) return false;
  for (let j = k + 1; j < at; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'quote' || FINITE_AUXILIARIES.has(t.lower)) return false;
  }
  // Last, as the dearest test: it reads the quoted words.
  return looksLikeTitle(ctx.quotes[quote.quote] as MarkedQuote, ctx.text);
}

/** A quotation that is a sentence of its own: nothing but punctuation between it and the sentence edges. */
function standsAsSentence(tokens: readonly Token[], unit: ClauseUnit, at: number): boolean {
  for (let k = at - 1; k >= unit.first; k--) {
    const t = tokens[k] as Token;
    if (t.lower === '.' || t.lower === '!' || t.lower === '?' || (t.kind === 'quote' && t.endsSentence)) break;
    if (t.kind !== 'punct') return false;
  }
  // `"… everywhere." Greene added …`: a quotation that ends its sentence needs nothing after it.
  if ((tokens[at] as Token).endsSentence && (tokens[at + 1]?.capitalized || at + 1 >= unit.end)) return true;
  for (let k = at + 1; k < unit.end; k++) {
    const t = tokens[k] as Token;
    if (t.lower === '.' || t.lower === '!' || t.lower === '?') break;
    if (t.kind !== 'punct') return false;
  }
  return true;
}

/** `"…," X said`: a quotation (with its comma) right before the frame's first token. */
function quoteOnLeftOf(tokens: readonly Token[], leftOfFrame: number, lowerBound: number): boolean {
  let k = leftOfFrame - 1;
  if (tokens[k]?.lower === ',') k--;
  return k >= lowerBound && (tokens[k] as Token).kind === 'quote';
}

/**
 * `"…," Cruz quipped in reference to …`: when no cue and no clause subject claim a quoted fragment, the
 * noun phrase that follows it (`"…," NP …`) or, failing that, the one that ends right before it names its speaker.
 */
function nounPhraseNear(tokens: readonly Token[], unit: ClauseUnit, at: number): TokenRange | null {
  let k = at + 1;
  if (tokens[k]?.lower === ',') k++;
  const after = k < unit.end ? nounPhraseStartingAt(tokens, k, unit.end) : null;
  if (after) return after;
  let b = at - 1;
  while (b >= unit.first && (tokens[b] as Token).kind === 'word' && !(tokens[b] as Token).capitalized && at - b <= 3) b--;
  return b >= unit.first ? nounPhraseEndingAt(tokens, b, unit.first) : null;
}

function isQuoteOnlyUnit(tokens: readonly Token[], unit: ClauseUnit): number {
  let quote = -1;
  for (let k = unit.first; k < unit.end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') {
      if (quote >= 0) return -1;
      quote = k;
    } else if (t.kind === 'word') return -1;
  }
  return quote;
}

/**
 * `which she has repeatedly said was a mistake`: the object pronoun right before a speaker who precedes the
 * cue stands for part of what is said; its index, or -1.
 */
function relativePronounBefore(tokens: readonly Token[], c: Candidate, unit: ClauseUnit): number {
  if (!c.source || c.sourceAfter || c.participle || c.source.first > c.cueFirst) return -1;
  const before = c.source.first - 1;
  const t = tokens[before];
  return before >= unit.first && t?.kind === 'word' && OBJECT_RELATIVE_PRONOUNS.has(t.lower) ? before : -1;
}

/** Lower-case words a listener may have after its determiner: "the packed audience", "his longtime supporters". */
const MAX_LISTENER_WORDS = 3;

/**
 * `told the audience they would win`: a determiner and a few lower-case words right before a subject pronoun
 * or "that" are the listener, whatever its head noun (the noun phrase search knows only nouns for people).
 */
function listenerBeforeClause(tokens: readonly Token[], at: number, end: number): TokenRange | null {
  if (!DETERMINERS.has(tokens[at]?.lower ?? '')) return null;
  for (let k = at + 1; k < end && k <= at + MAX_LISTENER_WORDS; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.capitalized) return null;
    const next = tokens[k + 1];
    if (next?.kind === 'word' && (next.lower === 'that' || (SUBJECT_PRONOUNS.has(next.lower) && next.lower !== 'you'))) return { first: at, last: k };
  }
  return null;
}

/**
 * The first token of a later candidate that shares the subject of candidate `index` and follows an "and" or
 * "but" ("Lazar said … and added"), past the next candidate, which the caller handles already; or -1.
 */
function laterCoordinatedCue(tokens: readonly Token[], candidates: readonly Candidate[], index: number, after: number): number {
  const c = candidates[index] as Candidate;
  if (!c.source || c.sourceAfter || c.participle) return -1;
  for (let i = index + 2; i < candidates.length; i++) {
    const d = candidates[i] as Candidate;
    const joiner = tokens[d.cueFirst - 1]?.lower;
    if (d.participle && d.source?.first === c.source.first && d.source.last === c.source.last && d.cueFirst - 1 > after && (joiner === 'and' || joiner === 'but')) return d.cueFirst;
  }
  return -1;
}

/**
 * "and threatening to cut off …", "but suggesting that …": an "and" or "but" at `at` that coordinates a participle
 * taking an object or complement (a determiner, a pronoun, a name, "to" or "that" after it), not a participle
 * adjective ("and rising health care costs").
 */
function coordinatedParticipleAt(tokens: readonly Token[], at: number, stop: number): boolean {
  const joiner = tokens[at] as Token;
  if (joiner.lower !== 'and' && joiner.lower !== 'but') return false;
  const verb = tokens[at + 1];
  const object = tokens[at + 2];
  if (at + 2 > stop || verb?.kind !== 'word' || verb.capitalized || !verb.lower.endsWith('ing') || verb.lower.length <= 5 || object?.kind !== 'word') return false;
  return object.capitalized || DETERMINERS.has(object.lower) || PARTICIPLE_COMPLEMENT_OPENERS.has(object.lower);
}

/** A to-infinitive at `at`, negated or not: "to vote", "not to attack". */
function opensInfinitive(tokens: readonly Token[], at: number, end: number): boolean {
  const to = tokens[at]?.lower === 'not' ? at + 1 : at;
  return to + 1 < end && tokens[to]?.lower === 'to' && tokens[to + 1]?.kind === 'word';
}

const NO_FRAMES: readonly SpeechFrame[] = [];

function framesOfUnit(ctx: UnitContext, consumed: Set<number>): readonly SpeechFrame[] {
  const { tokens, unit } = ctx;
  const candidates = findCandidates(tokens, unit);
  // Most sentences have no cue: no arrays for them.
  if (candidates.length === 0) return NO_FRAMES;
  const frames: SpeechFrame[] = [];
  const contentEnds: number[] = [];
  /** The ends of content that followed its cue ("… and promises to shake things up,"), which a closing "…, X said." may take in. */
  const forwardEnds = new Set<number>();
  candidates.forEach((c, index) => {
    const next = candidates[index + 1];
    let after = c.sourceAfter && c.source ? c.source.last + 1 : c.cueLast + 1;
    let cueLast = c.cueLast;
    if (!c.sourceAfter && !c.according && joinsCueAsParticle(tokens, c.cueLast, after, unit.end)) {
      cueLast = after;
      after++;
    } else if (LISTENER_OBJECT_CUES.has((tokens[c.cueFirst] as Token).lower) && !c.sourceAfter) {
      let object = nounPhraseStartingAt(tokens, after, unit.end) ?? listenerBeforeClause(tokens, after, unit.end);
      // "urged Ukraine and European capitals not to …": a coordinated listener.
      if (object && tokens[object.last + 1]?.lower === 'and') object = nounPhraseStartingAt(tokens, object.last + 2, unit.end) ?? object;
      // "told Jeb Bush to quiet down": before a to-infinitive the listener is its subject, which annotators count
      // in the content (32 times in 43 on train); before a clause or a quotation it is only the listener.
      if (object && !opensInfinitive(tokens, object.last + 1, unit.end)) after = object.last + 1;
    }
    const extension = c.sourceAfter ? undefined : cueExtensionAt(tokens, after, unit.end);
    if (extension && cueLast + 1 === after) {
      cueLast = after + extension.length - 1;
      after += extension.length;
    }
    if (!c.sourceAfter && !c.according && cueLast + 1 === after && CUE_TIME_WORDS.has(tokens[after]?.lower ?? '')) cueLast = after++;
    // "said on Friday he met …": the day is no content, and "on" before it opens no adverbial content.
    if (tokens[after]?.lower === 'on' && after + 1 < unit.end && TIME_ADVERBIAL_NOUNS.has((tokens[after + 1] as Token).lower)) after++;
    while (after < unit.end && (TIME_WORDS.has((tokens[after] as Token).lower) || (tokens[after] as Token).lower.endsWith('day'))) after++;
    // "said, however, that …": a short aside in commas between the cue and its "that".
    const asideThat = thatAfterCueAside(tokens, after, unit.end);
    if (asideThat >= 0) after = asideThat;
    // "Asked on Fox News who leads the party": the question opens past the adverbial.
    if (c.questionFrom !== undefined && c.questionFrom > after) after = c.questionFrom;
    const beforeLookahead = after;
    // "told an audience in Houston last week that …", "responded in a text message: "…"": jump over the adverbial.
    // The jump stops at a verb coordinated with this one: "welcomed extradition and added, "…"" keeps its object.
    const coordinatedNext = next && leftEdge(next) > after + 1 && (tokens[leftEdge(next) - 1]?.lower === 'and' || tokens[leftEdge(next) - 1]?.lower === 'but');
    const lookaheadEnd = Math.min(unit.end, after + THAT_LOOKAHEAD, next && coordinatedNext ? leftEdge(next) : unit.end);
    for (let k = after; k < lookaheadEnd; k++) {
      const t = tokens[k] as Token;
      if (t.kind === 'word') {
        if (t.lower === 'that') {
          if (k === after || complementizerThat(tokens, k, unit.end)) after = k;
          break;
        }
        // "said he had told Trump … that …": a subject pronoun opens the content clause itself.
        if ((SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'you') || PRONOUN_CONTRACTIONS.has(t.lower)) break;
        continue;
      }
      if ((t.lower === ':' || t.lower === ',') && tokens[k + 1]?.kind === 'quote' && k > after) after = k;
      // `said on ABC's "This Week" that …`: a show's title inside the adverbial is no content yet; one that
      // closes the clause with its comma (`said on MSNBC's "Morning Joe," adding …`) ends the search.
      if (t.kind === 'quote' && k > after && !t.endsWithComma && ADVERBIAL_PREPOSITIONS.has((tokens[after] as Token).lower) && looksLikeTitle(ctx.quotes[t.quote] as MarkedQuote, ctx.text)) continue;
      break;
    }
    let colon = false;
    while (after < unit.end && ((tokens[after] as Token).lower === ',' || (tokens[after] as Token).lower === ':')) {
      colon ||= (tokens[after] as Token).lower === ':';
      after++;
    }
    // Where a forward clause stops: before the next frame's own words when a comma or "and" joins them.
    let stop = unit.end - 1;
    if (next) {
      const edge = leftEdge(next);
      const joiner = tokens[edge - 1];
      // A comma ends this content only before a frame that cannot be nested in it: "…, adding", "…, he said", "…, according to".
      // `… "less advanced schools," Trump said: "I don't …"`: a cue that opens a quotation or a colon starts a statement of its own.
      const opensOwnQuote = tokens[next.cueLast + 1]?.lower === ':' || tokens[next.cueLast + 1]?.kind === 'quote';
      const separate = next.participle || next.sourceAfter || next.according || opensOwnQuote || (next.source !== null && next.source.last - next.source.first === 0 && PRONOUN_SOURCES.has((tokens[next.source.first] as Token).lower) && tokens[next.cueLast + 1]?.kind !== 'word');
      // `… as a “breach of trust,” adding: “…”`: a quotation that ends in its own comma joins like a comma.
      const commaJoin = joiner !== undefined && (joiner.lower === ',' || (joiner.kind === 'quote' && joiner.endsWithComma));
      if (edge > after && joiner && ((commaJoin && separate) || joiner.lower === ';')) stop = edge - 1;
      else if (edge > after + 1 && joiner && (joiner.lower === 'and' || joiner.lower === 'but')) stop = edge - 2;
    }
    // "Lazar said he welcomed extradition and added, "…"": a later verb coordinated with this one (its subject
    // shared) ends this content, past any frame nested in it.
    const coordinated = candidates.length > index + 2 ? laterCoordinatedCue(tokens, candidates, index, after) : -1;
    if (coordinated >= 0 && coordinated - 2 < stop) stop = coordinated - 2;
    // An object (not a "that" clause or a report of words) ends at the first comma or dash: "endorsed Clinton on Thursday, is …".
    const objectOnly = tokens[after]?.lower !== 'that' && !CLAUSAL_CUES.has((tokens[c.cueFirst] as Token).lower) && !c.according;
    // "Smith, who has told aides he sees …, said …": a relative clause set off by a comma ends at the next comma.
    const inRelativeAside = c.source !== null && !c.sourceAfter && c.source.first === c.source.last && tokens[c.source.first - 1]?.lower === ',' && (tokens[c.source.first] as Token).lower === 'who';
    // "calling Mexican border-crossers "rapists" and threatening to …": a participle cue's content ends before a second participle.
    const participleCue = !c.according && (tokens[c.cueFirst] as Token).lower.endsWith('ing');
    for (let k = after; k <= stop; k++) {
      const t = tokens[k] as Token;
      if (t.lower === ';' || (objectOnly && k > after && (t.lower === '—' || t.lower === '–' || (t.lower === ',' && !listGoesOn(tokens, k, stop)))) || (inRelativeAside && k > after && t.lower === ',')) {
        stop = k - 1;
        break;
      }
      if (t.kind === 'quote' && t.endsSentence && k < stop && tokens[k + 1]?.kind === 'word') stop = k;
      if (t.kind === 'word') {
        if (participleCue && k > after && coordinatedParticipleAt(tokens, k, stop)) {
          stop = k - 1;
          break;
        }
        // `called it ''the prior economy model,'' the club …`: a quotation closing with its own comma ends an object like a comma.
      } else if (objectOnly && t.kind === 'quote' && t.endsWithComma && k < stop && tokens[k + 1]?.kind === 'word' && !listGoesOn(tokens, k, stop)) {
        stop = k;
        break;
      }
    }
    if (c.question) stop = questionEnd(tokens, after, stop);
    const cue = span(tokens, c.fillersFrom ?? c.cueFirst, cueLast);
    const source = c.source ? span(tokens, c.source.first, c.source.last) : null;
    const emit = (content: Span[], kind: QuotationKind, pattern: FramePattern, quoteTokens: number[]): void => {
      for (const q of quoteTokens) consumed.add(q);
      frames.push({ cue, source, content, kind, pattern, unit: ctx.unitIndex, cueStrength: c.strength });
    };
    const forwardTokens = stop - after + 1;
    const first = tokens[after];
    const leftOfFrame = leftEdge(c);
    // Content on the left starts after the last earlier frame that ended before this one (not one nested in its subject).
    let previousEnd = unit.first;
    // "Cruz electrified the crowds with promises to shake things up, Stovall said.": a frame that ends the sentence
    // with nothing after its cue reports the whole clause before its comma, the frames inside it included.
    const closesClause = tokens[leftOfFrame - 1]?.lower === ',' && (after >= unit.end || (tokens[after] as Token).lower === '.');
    for (const e of contentEnds) if (e <= leftOfFrame && e > previousEnd && !(closesClause && e === leftOfFrame - 1 && forwardEnds.has(e))) previousEnd = e;
    const commaAfterCue = tokens[c.sourceAfter && c.source ? c.source.last + 1 : cueLast + 1]?.lower === ',' || (after > 0 && tokens[after - 1]?.lower === ',' && !colon);
    // `"…," Sanders told a crowd that spilled …`: after a quotation, a "that" further on is a relative pronoun.
    const opensWithThat = first?.lower === 'that' && (after === cueLast + 1 || (after === beforeLookahead && !LISTENER_OBJECT_CUES.has((tokens[c.cueFirst] as Token).lower)) || !quoteOnLeftOf(tokens, leftOfFrame, Math.max(unit.first, previousEnd)));
    // `"…," he said …`: a quotation just left of the frame is its content unless "that" or a quote follows.
    let leftToken = leftOfFrame - 1;
    if (tokens[leftToken]?.lower === ',' && leftToken >= unit.first) leftToken--;
    const leftTitle = leftToken >= unit.first && leftToken >= previousEnd && titleClosesAdverbial(ctx, Math.max(unit.first, previousEnd), leftToken);
    const quoteOnLeft = leftToken >= unit.first && leftToken >= previousEnd && (tokens[leftToken] as Token).kind === 'quote' && !leftTitle;
    const adverbial = first?.kind === 'word' && ADVERBIAL_PREPOSITIONS.has(first.lower);
    // "According to X, the meeting …" opens its sentence: the content follows the comma.
    const accordingFirst = (c.according && leftOfFrame === previousEnd) || (tokens[leftOfFrame - 1]?.lower === 'as' && leftOfFrame - 1 === previousEnd && commaAfterCue);
    // "Bush continued to interject", "continued his push": "continue" reports words only when a quotation, colon or
    // "that" follows; "spoke to reporters", "spoke for an hour": "speak" and "talk" only with their topic ("spoke
    // about", "spoke favorably of").
    const verb = (tokens[c.cueFirst] as Token).lower;
    const topicless = INTRANSITIVE_SPEECH_CUES.has(verb) && !TOPIC_PARTICLES.has((tokens[cueLast] as Token).lower) && !(first?.lower.endsWith('ly') && TOPIC_PARTICLES.has(tokens[after + 1]?.lower ?? ''));
    const aspectual = ASPECTUAL_CUES.has(verb) || topicless;
    const forwardAllowed = first?.kind === 'quote' || opensWithThat || colon || accordingFirst || (!commaAfterCue && !quoteOnLeft && !adverbial && !aspectual);
    if (first && after <= stop && forwardAllowed && (first.kind === 'quote' || forwardTokens >= 2 || (first.kind === 'word' && c.according))) {
      // `said: "…" but …`: after a colon or comma the quotation alone is the content.
      if (first.kind === 'quote' && (tokens[after - 1]?.lower === ':' || tokens[after - 1]?.lower === ',')) stop = after;
      const clause = clauseContent(ctx, after, stop);
      if (clause) {
        const quoteTokens: number[] = [];
        for (let k = after; k <= stop; k++) if ((tokens[k] as Token).kind === 'quote') quoteTokens.push(k);
        const pattern: FramePattern = c.according ? 'according-to' : c.participle ? 'participle' : clause.kind === 'indirect' || clause.kind === 'partial' ? 'source-cue-clause' : 'source-cue-quote';
        if (quoteOnLeft && first.kind === 'quote' && clause.kind !== 'indirect' && clause.kind !== 'partial') {
          // `"We hope," Putin said, "that Kiev …"`: the cue interrupts one quotation; both pieces are its content.
          const left = ctx.quotes[(tokens[leftToken] as Token).quote] as MarkedQuote;
          emit([...left.pieces, ...clause.content], clause.kind, 'quote-source-cue', [leftToken, ...quoteTokens]);
        } else if (c.passiveStance && clause.kind === 'indirect') {
          // "The House is expected to pass a bill …": one span from the raised subject (or the auxiliary) on, no source.
          const from = c.source?.first ?? c.fillersFrom ?? c.cueFirst;
          const end = (clause.content[clause.content.length - 1] as Span).end;
          frames.push({ cue, source: null, content: [{ start: (tokens[from] as Token).start, end }], kind: clause.kind, pattern, unit: ctx.unitIndex, cueStrength: c.strength });
        } else if (c.source && !c.sourceAfter && !c.participle && clause.kind === 'indirect' && RAISING_CUES.has((tokens[c.cueFirst] as Token).lower)) {
          frames.push({ cue, source: null, content: [span(tokens, c.source.first, c.source.last), ...clause.content], kind: clause.kind, pattern, unit: ctx.unitIndex, cueStrength: c.strength });
        } else {
          const relative = relativePronounBefore(tokens, c, unit);
          emit(relative >= 0 ? [span(tokens, relative, relative), ...clause.content] : clause.content, clause.kind, pattern, quoteTokens);
        }
        contentEnds.push(stop + 1);
        forwardEnds.add(stop + 1);
        return;
      }
    }
    // Nothing after the cue: the content comes before it ("…," he said / The deal is dead, he said).
    let b = leftOfFrame - 1;
    const commaBefore = b >= unit.first && (tokens[b] as Token).lower === ',';
    if (commaBefore) b--;
    // Content on the left needs a comma or a quotation between it and the frame: "He added that he agrees" is not "X, he agrees".
    if (b >= previousEnd && b >= unit.first && !c.participle && !leftTitle && (commaBefore || (tokens[b] as Token).kind === 'quote')) {
      const clause = clauseContent(ctx, previousEnd, b);
      const quoteLed = (tokens[b] as Token).kind === 'quote';
      // "South Carolina, he said, was …": a cue set off by commas splits its content in two.
      const rest = !quoteLed && commaAfterCue && after <= stop && tokens[after]?.kind === 'word' && wordCount(tokens, after, stop) >= 2 ? clauseContent(ctx, after, stop) : null;
      const words = wordCount(tokens, previousEnd, b) + (rest ? wordCount(tokens, after, stop) : 0);
      if (clause && (clause.kind !== 'indirect' || words >= MIN_BACKWARD_WORDS)) {
        const quoteTokens: number[] = [];
        for (let k = previousEnd; k <= b; k++) if ((tokens[k] as Token).kind === 'quote') quoteTokens.push(k);
        const pattern: FramePattern = c.according ? 'according-to' : quoteLed ? (c.sourceAfter ? 'quote-cue-source' : 'quote-source-cue') : 'clause-source-cue';
        if (rest) {
          for (let k = after; k <= stop; k++) if ((tokens[k] as Token).kind === 'quote') quoteTokens.push(k);
          emit([...clause.content, ...rest.content], rest.kind === 'partial' ? 'partial' : clause.kind, pattern, quoteTokens);
          contentEnds.push(stop + 1);
          return;
        }
        emit(clause.content, clause.kind, pattern, quoteTokens);
        contentEnds.push(Math.max(c.source?.last ?? c.cueLast, c.cueLast) + 1);
        return;
      }
    }
    // `"…?" Hannity pressed.` split into two sentences: the quotation just before, alone in its unit, is the content.
    if (leftOfFrame === unit.first || (leftOfFrame === unit.first + 1 && c.sourceAfter)) {
      const previousUnit = ctx.units[ctx.unitIndex - 1];
      if (previousUnit && previousUnit.paragraph === unit.paragraph && forwardTokens <= 3) {
        const q = isQuoteOnlyUnit(tokens, previousUnit);
        if (q >= 0 && !consumed.has(q)) {
          const marked = ctx.quotes[(tokens[q] as Token).quote] as MarkedQuote;
          emit([...marked.pieces], quoteKind(marked), c.sourceAfter ? 'quote-cue-source' : 'quote-source-cue', [q]);
          contentEnds.push(unit.end);
          return;
        }
      }
    }
    // "He said:" closing a paragraph, the quotation opening the next one.
    if (colon || after >= unit.end) {
      const nextUnit = ctx.units[ctx.unitIndex + 1];
      if (nextUnit && nextUnit.paragraph !== unit.paragraph) {
        const q = isQuoteOnlyUnit(tokens, nextUnit);
        const firstOfNext = tokens[nextUnit.first] as Token;
        if (q >= 0 || (colon && firstOfNext.kind === 'quote')) {
          const at = q >= 0 ? q : nextUnit.first;
          const marked = ctx.quotes[(tokens[at] as Token).quote] as MarkedQuote;
          emit([...marked.pieces], quoteKind(marked), 'source-cue-next-paragraph', [at]);
        }
      }
    }
  });
  return frames;
}

/**
 * Whether a quotation standing alone after `frame` goes on with its words: any frame whose content
 * holds a quotation, partial ones too (`Sanders "has pole-vaulted …," Sroka said. "This movement …"`).
 */
const quotesOn = (frame: SpeechFrame): boolean => frame.kind !== 'indirect';

/** The latest of `frames` whose source ends by `at`: searched from the back, without copying the list. */
function lastSpeakingBefore(frames: readonly SpeechFrame[], at: number): SpeechFrame | undefined {
  for (let i = frames.length - 1; i >= 0; i--) {
    const frame = frames[i] as SpeechFrame;
    if (frame.source && frame.source.end <= at) return frame;
  }
  return undefined;
}

/** The latest frame that quotations standing alone may continue, with where it last took one in. */
interface OpenQuotation {
  readonly frame: SpeechFrame;
  readonly paragraph: number;
  readonly lastUnit: number;
}

/**
 * `"…," Christie said. / "And I think …"`: a paragraph that is one quotation, right after a paragraph whose
 * last sentence is a quotation closed by its named speaker, goes on with that speaker's words (32 times in 47
 * on train; after a frame whose cue comes first, or an indirect one, it is as often someone else's).
 */
function continuesIntoParagraph(open: OpenQuotation, tokens: readonly Token[], unit: ClauseUnit, unitIndex: number): boolean {
  return open.lastUnit === unitIndex - 1 && (open.frame.pattern === 'quote-source-cue' || open.frame.pattern === 'quote-cue-source') && open.frame.source !== null && isQuoteOnlyUnit(tokens, unit) >= 0;
}

/**
 * Speech frames of the whole text, unit by unit, then quotations no cue claimed: a quote that
 * makes up its unit on its own continues the previous frame of its paragraph (or of the paragraph
 * before, when it opens a paragraph of its own right after that frame's sentence) or stands alone.
 */
export function findSpeechFrames(text: string, tokens: readonly Token[], units: readonly ClauseUnit[], quotes: readonly MarkedQuote[]): SpeechFrame[] {
  const consumed = new Set<number>();
  const frames: SpeechFrame[] = [];
  let lastDirectInParagraph: OpenQuotation | null = null;
  // First every cue claims its content; then quotations left alone continue or stand on their own.
  const framesByUnit = units.map((unit, unitIndex) => framesOfUnit({ text, tokens, unit, unitIndex, quotes, units }, consumed));
  units.forEach((unit, unitIndex) => {
    const own = framesByUnit[unitIndex] ?? [];
    frames.push(...own);
    if (lastDirectInParagraph && lastDirectInParagraph.paragraph !== unit.paragraph) {
      lastDirectInParagraph = continuesIntoParagraph(lastDirectInParagraph, tokens, unit, unitIndex) ? { ...lastDirectInParagraph, paragraph: unit.paragraph } : null;
    }
    // The latest frame whose content holds a quotation, even if a participle frame ("…, adding that …") follows it.
    for (const frame of own) if (quotesOn(frame)) lastDirectInParagraph = { frame, paragraph: unit.paragraph, lastUnit: unitIndex };
    if (own.length > 0 && !own.some(quotesOn)) lastDirectInParagraph = null;
    for (let k = unit.first; k < unit.end; k++) {
      const t = tokens[k] as Token;
      if (t.kind === 'quote' && !consumed.has(k) && !standsAsSentence(tokens, unit, k) && looksLikeSpeech(quotes[t.quote] as MarkedQuote, text)) {
        // A quoted fragment no cue claimed: speech by the clause subject, or a scare quote or title; the
        // pattern's low learned confidence says which is likelier.
        consumed.add(k);
        const m = quotes[t.quote] as MarkedQuote;
        // Its speaker: whoever speaks earlier in the same sentence, else the sentence's subject.
        const speakingBefore = lastSpeakingBefore(own, t.start);
        const subject = unitSubject(tokens, unit, k);
        const near = speakingBefore || subject ? null : nounPhraseNear(tokens, unit, k);
        const source = speakingBefore?.source ?? (subject ? span(tokens, subject.first, subject.last) : near ? span(tokens, near.first, near.last) : null);
        frames.push({ cue: null, source, content: [...m.pieces], kind: 'partial', pattern: 'embedded-quote', unit: unitIndex, cueStrength: 0 });
        continue;
      }
      if (t.kind !== 'quote' || consumed.has(k) || !standsAsSentence(tokens, unit, k)) continue;
      consumed.add(k);
      const marked = quotes[t.quote] as MarkedQuote;
      if (lastDirectInParagraph && lastDirectInParagraph.paragraph === unit.paragraph) {
        lastDirectInParagraph.frame.content.push(...marked.pieces);
        lastDirectInParagraph = { ...lastDirectInParagraph, lastUnit: unitIndex };
        continue;
      }
      if (own.length > 0) continue;
      const frame: SpeechFrame = { cue: null, source: null, content: [...marked.pieces], kind: quoteKind(marked), pattern: 'standalone-quote', unit: unitIndex, cueStrength: 1 };
      frames.push(frame);
      lastDirectInParagraph = { frame, paragraph: unit.paragraph, lastUnit: unitIndex };
    }
    if (own.length === 0 && isQuoteOnlyUnit(tokens, unit) < 0) lastDirectInParagraph = null;
  });
  return frames;
}
