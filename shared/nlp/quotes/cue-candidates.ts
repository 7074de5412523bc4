import { ADVERBIAL_PREPOSITIONS, NAMING_PARTICIPLES, PASSIVE_AUXILIARIES, PROGRESSIVE_AUXILIARIES, SUBJECT_VERB_FILLERS, TIME_WORDS, VERB_FOLLOWERS } from '../lang/en/cue-phrases';
import { DOCUMENT_NOUNS, SPEAKER_ROLE_NOUNS } from '../lang/en/person-titles';
import { FRONTED_OPENERS, FRONTED_TIME_WORDS } from '../lang/en/fronted-openers';
import { PLURAL_STANCE_PRECISION } from '../lang/en/plural-stance-verbs';
import { POSSESSIVE_DETERMINERS } from '../lang/en/pronouns';
import { SPEECH_CUE_WORDS } from '../lang/en/speech-cue-words';
import { US_STATES } from '../lang/en/us-states';
import type { Span } from '../types';
import { askedQuestionAt } from './asked-question';
import { barePluralSubjectEndingAt } from './bare-plural-subject';
import type { ClauseUnit } from './clause-units';
import { subjectBeforeDashAside } from './dash-aside-subject';
import { cueLexiconEntry } from './cue-lexicon';
import { nounPhraseEndingAt, nounPhraseStartingAt, type TokenRange } from './noun-phrases';
import { passiveStanceAt } from './passive-stance';
import { followsPluralSubject } from './plural-stance';
import { pollShareEndingAt } from './poll-share-subject';
import { extendSubjectLeft } from './subject-extension';
import { skipTimeAdverbialBack } from './subject-time-adverbial';
import type { Token } from './tokens';

/**
 * Cue words rarer than this as cues than as ordinary words are ignored: the speech cue list's own floor for
 * frequent words, since the stances such words open inside another quotation are dropped afterwards
 * (nested-stances.ts) and those that stand alone are right more often than not ("plans to …").
 */
const MIN_CUE_PRECISION = 0.12;
/**
 * A cue word whose subject cannot be delimited opens a frame only when it is at least this often a cue (train
 * precision): the quotes F1 on PolNeAR train is flat from 0.3 to 0.5 and falls on either side. A logistic model
 * of such frames on the cue word, the content's opening word and length, and the speaker's form did no better
 * out of fold than this one number.
 */
const MIN_UNDELIMITED_SUBJECT_PRECISION = 0.4;
/** Auxiliaries and adverbs allowed between a subject and its verb ("has also long said"). */
const MAX_FILLERS = 3;
/** Words after which a noun phrase can still be the subject of a following participle ("with Trump saying"). */
const SUBJECT_LEADS = new Set(['with', 'and', 'as', 'while', 'but']);
/** "before claiming that …", "by saying …": a participle after these hangs on the clause subject. */
const PARTICIPLE_LEADS = new Set(['before', 'after', 'by', 'while', 'when', 'without', 'in', 'since']);
/** "Bill Clinton: Hillary thinks …": a name opening its sentence and followed by a colon is a speaker. */
const MAX_COLON_SPEAKER = 6;
const COLON_PRIOR = 0.5;
/** "is expected to" before a clause: a stance about as often as "said" is speech. */
const PASSIVE_STANCE_PRIOR = 0.85;

/** A cue word with the speaker phrase it was found with, before its content is known. */
export interface Candidate {
  readonly cueFirst: number;
  readonly cueLast: number;
  readonly source: TokenRange | null;
  readonly sourceAfter: boolean;
  readonly participle: boolean;
  readonly according: boolean;
  readonly strength: number;
  /** First auxiliary or adverb between subject and verb ("has said", "also told"): annotators count it as cue. */
  readonly fillersFrom?: number;
  /** "Asked whether …, Ryan said": a reported question, whose content ends at its clause's comma. */
  readonly question?: boolean;
  /** Where the reported question's content opens: its question word, past any adverbial after "asked". */
  readonly questionFrom?: number;
  /** "is expected to": a passive stance, whose content runs from its subject (or auxiliary) on and whose source is unnamed. */
  readonly passiveStance?: boolean;
}

const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'word';
export const span = (tokens: readonly Token[], first: number, last: number): Span => ({ start: (tokens[first] as Token).start, end: (tokens[last] as Token).end });

export function matchesPhrase(tokens: readonly Token[], at: number, end: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > end) return false;
  return phrase.every((w, i) => tokens[at + i]?.lower === w);
}


/** Steps back over auxiliaries and adverbs before a cue; `progressive` (an -ing cue) also over "is", "were", "been". */
function skipFillersBack(tokens: readonly Token[], index: number, lowerBound: number, progressive: boolean): number {
  let k = index;
  for (let n = 0; n < MAX_FILLERS && k >= lowerBound; n++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || t.capitalized) break;
    if (SUBJECT_VERB_FILLERS.has(t.lower) || (progressive && PROGRESSIVE_AUXILIARIES.has(t.lower)) || (t.lower.endsWith('ly') && t.lower.length > 4) || t.lower.endsWith("n't") || t.lower.endsWith('n’t')) k--;
    else break;
  }
  return k;
}

/** Cue words of one unit, each with its speaker phrase (before it, after it, or the clause subject). */
export function findCandidates(tokens: readonly Token[], unit: ClauseUnit): Candidate[] {
  const found: Candidate[] = [];
  /** The latest quotation token before `k`: an unknown verb can be a cue only shortly after one. */
  let lastQuote = -1;
  for (let k = unit.first; k < unit.end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') lastQuote = k;
    if (t.lower === ':' && k > unit.first && k - unit.first <= MAX_COLON_SPEAKER && k + 1 < unit.end) {
      const np = nounPhraseEndingAt(tokens, k - 1, unit.first);
      if (np && np.first === unit.first && (tokens[np.last] as Token).capitalized && np.last > np.first) {
        found.push({ cueFirst: k, cueLast: k, source: np, sourceAfter: false, participle: false, according: false, strength: COLON_PRIOR });
      }
      continue;
    }
    if (t.kind !== 'word') continue;
    const lexicon = cueLexiconEntry(t.lower);
    const phrase = lexicon?.sourceAfterPhrases.find((p) => matchesPhrase(tokens, k, unit.end, p));
    if (phrase) {
      const np = phraseUpToPunctuation(tokens, k + phrase.length, unit.end);
      if (np) {
        found.push({ cueFirst: k, cueLast: k + phrase.length - 1, source: np, sourceAfter: true, participle: false, according: true, strength: 0.9 });
        // "according to a campaign official who requested anonymity": verbs inside the source phrase speak for nobody.
        k = np.last;
      }
      continue;
    }
    // "The House is expected to pass …": a passive stance raises its subject into what is expected.
    // Tested inline first: most words have no "to" after them, and this runs for every word.
    const stance = tokens[k + 1]?.lower === 'to' ? passiveStanceAt(tokens, k, unit) : null;
    if (stance) {
      found.push({ cueFirst: k, cueLast: k, source: stance.subject, sourceAfter: false, participle: false, according: false, strength: PASSIVE_STANCE_PRIOR, fillersFrom: stance.auxiliary, passiveStance: true });
      continue;
    }
    // "Some veteran strategists think it will not": a base-form stance verb is a cue after a plural subject only.
    const pluralStance = lexicon?.pluralStance === true && lexicon.stats === undefined && followsPluralSubject(tokens, k, unit.first) ? PLURAL_STANCE_PRIOR : undefined;
    const stats = lexicon?.stats ?? pluralStance ?? (lastQuote >= 0 && k - lastQuote <= QUOTE_FRAME_REACH ? quoteFrameVerb(tokens, k, unit) : undefined);
    if (!stats || stats.precision < MIN_CUE_PRECISION) continue;
    const question = t.lower === 'asked' ? askedQuestionAt(tokens, k, unit) : null;
    if (question) {
      found.push({ cueFirst: k, cueLast: k, source: question.source, sourceAfter: question.source !== null, participle: false, according: false, strength: stats.precision, question: true, questionFrom: question.opener, ...(question.auxiliary !== undefined ? { fillersFrom: question.auxiliary } : {}) });
      continue;
    }
    const before = tokens[k - 1];
    // "the call", "to say", "his proposed ban", "Their calls intensified": after an article, "to" or a possessive the word is no finite verb.
    if (before && k > unit.first && isWord(before) && (before.lower === 'the' || before.lower === 'a' || before.lower === 'an' || before.lower === 'to' || POSSESSIVE_DETERMINERS.has(before.lower))) continue;
    if (isPassive(tokens, k, unit.first)) continue;
    if (NAMING_PARTICIPLES.has(t.lower) && namesIndefiniteNoun(tokens, k, unit.first)) continue;
    const fillersEnd = skipFillersBack(tokens, skipParenthesisBack(tokens, k - 1, unit.first), unit.first, t.lower.endsWith('ing'));
    // "Clinton on Tuesday said", "Grassley (R-Iowa) last week also argued": the subject ends before the time adverbial.
    const timeEnd = skipTimeAdverbialBack(tokens, fillersEnd, unit.first);
    const j = timeEnd === fillersEnd ? fillersEnd : skipFillersBack(tokens, skipParenthesisBack(tokens, timeEnd, unit.first), unit.first, t.lower.endsWith('ing'));
    // Whatever subject the verb turns out to have, the auxiliaries and adverbs right before it belong to the cue.
    const fillersFrom = fillersEnd + 1 < k && tokens[fillersEnd + 1]?.lower !== '(' ? fillersEnd + 1 : undefined;
    // "Twenty-four percent said …": a poll share is the subject of the answers it reports.
    // "federal officials said": a bare plural subject runs back to its clause start.
    const np = j >= unit.first ? (barePluralSubjectEndingAt(tokens, j, unit.first) ?? nounPhraseEndingAt(tokens, j, unit.first) ?? pollShareEndingAt(tokens, j, unit.first)) : null;
    const npIsObject = np !== null && np.first > unit.first && (tokens[np.first - 1] as Token).kind === 'word' && !SUBJECT_LEADS.has((tokens[np.first - 1] as Token).lower);
    if (np && t.lower.endsWith('ing') && (DOCUMENT_NOUNS.has((tokens[np.last] as Token).lower) || npIsObject)) {
      // "Trump issued a statement saying …", "Clinton answered on Facebook writing …": the clause subject speaks, not the object.
      const subject = unitSubject(tokens, unit, np.first);
      if (subject) {
        found.push({ cueFirst: k, cueLast: k, source: subject, sourceAfter: false, participle: true, according: false, strength: stats.precision });
        continue;
      }
    }
    if (np) {
      // "Harry M. Reid (D-Nev.)": the party tag belongs to the source.
      const subject = extendSubjectLeft(tokens, np, unit.first);
      const source = tokens[np.last + 1]?.lower === '(' ? { first: subject.first, last: parenthesisEnd(tokens, np.last + 1, k) } : subject;
      found.push({ cueFirst: k, cueLast: k, source, sourceAfter: false, participle: false, according: false, strength: stats.precision, fillersFrom });
      continue;
    }
    const prev = j >= unit.first ? (tokens[j] as Token) : null;
    if (prev?.lower === ',' && !t.lower.endsWith('ing')) {
      // "Gov. John Kasich (R-OH), said": a name and its party tag right before the comma.
      const named = tokens[j - 1]?.lower === ')' ? nounPhraseEndingAt(tokens, skipParenthesisBack(tokens, j - 1, unit.first), unit.first) : null;
      if (named && (tokens[named.last] as Token).capitalized) {
        found.push({ cueFirst: k, cueLast: k, source: { first: named.first, last: j - 1 }, sourceAfter: false, participle: false, according: false, strength: stats.precision, fillersFrom });
        continue;
      }
      // "Scott Reed, who managed Bob Dole's campaign, said": the subject sits before an aside in commas.
      const appositive = subjectBeforeAside(tokens, j, unit.first);
      if (appositive) {
        found.push({ cueFirst: k, cueLast: k, source: appositive, sourceAfter: false, participle: false, according: false, strength: stats.precision, fillersFrom });
        continue;
      }
    }
    if (prev?.kind === 'punct' && prev.lower !== ',' && !t.lower.endsWith('ing')) {
      // "Joyce — who is listed as an attorney — told": the subject sits before an aside in dashes.
      const dashed = subjectBeforeDashAside(tokens, j, unit.first);
      if (dashed) {
        found.push({ cueFirst: k, cueLast: k, source: dashed, sourceAfter: false, participle: false, according: false, strength: stats.precision, fillersFrom });
        continue;
      }
    }
    if (prev && (prev.lower === 'and' || prev.lower === 'but') && !t.lower.endsWith('ing')) {
      // "Carson took the stage and called …": the coordinated verb shares the clause subject.
      const subject = unitSubject(tokens, unit, j);
      if (subject) found.push({ cueFirst: k, cueLast: k, source: subject, sourceAfter: false, participle: true, according: false, strength: stats.precision, fillersFrom });
      continue;
    }
    if (t.lower.endsWith('ing') && (prev?.lower === ',' || (prev?.kind === 'word' && PARTICIPLE_LEADS.has(prev.lower)) || (prev?.kind === 'quote' && prev.endsWithComma && !prev.endsSentence && found.length > 0))) {
      const earlier = found[found.length - 1];
      const source = earlier ? earlier.source : unitSubject(tokens, unit, k);
      // A participle with no clause subject to hang on ("Fearing the worst, …") names nobody: not a frame.
      if (!source) continue;
      // The participle follows its speaker even when that speaker followed the earlier cue (`"…," said X, referring to …`).
      found.push({ cueFirst: k, cueLast: k, source, sourceAfter: false, participle: true, according: false, strength: stats.precision, fillersFrom });
      continue;
    }
    if (prev === null || prev.kind === 'quote' || prev.lower === ',') {
      const after = nounPhraseStartingAt(tokens, k + 1, unit.end, true);
      // "Bloomberg, who's thinking about running, said it was …": a pronoun with its verb opens the content.
      if (after && prev?.lower === ',' && after.first === after.last && CONTENT_PRONOUNS.has((tokens[after.first] as Token).lower) && isWord(tokens[after.first + 1])) {
        const subject = unitSubject(tokens, unit, k);
        if (subject) found.push({ cueFirst: k, cueLast: k, source: subject, sourceAfter: false, participle: true, according: false, strength: stats.precision });
        continue;
      }
      if (after) {
        found.push({ cueFirst: k, cueLast: k, source: withAppositive(tokens, after, unit.end), sourceAfter: true, participle: false, according: false, strength: stats.precision });
        continue;
      }
    }
    // "Ford itself said the deal was on", "His critics in the United States, many of them Catholics, said …": a likely
    // cue after a word or a comma, whose subject none of the searches above could delimit, still opens a frame, the
    // clause subject (if any) its speaker.
    if ((prev?.kind === 'word' || prev?.lower === ',') && !t.lower.endsWith('ing') && stats.precision >= MIN_UNDELIMITED_SUBJECT_PRECISION) {
      const subject = unitSubject(tokens, unit, k);
      // The subject runs from the clause's first noun phrase up to the verb's auxiliaries, as annotators mark it.
      const last = prev?.kind === 'word' ? j : j - 1;
      const source = subject ? { first: subject.first, last: Math.max(subject.last, last) } : subject;
      found.push({ cueFirst: k, cueLast: k, source, sourceAfter: false, participle: true, according: false, strength: stats.precision, fillersFrom });
    }
  }
  return found;
}

const MAX_ASIDE = 30;
const CONTENT_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we', 'i', 'you', 'there', 'this']);
const MAX_SUBJECT_SEARCH = 12;

const QUOTE_FRAME_PRIOR = { count: 0, precision: 0.5 };
const PLURAL_STANCE_PRIOR = { count: 0, precision: PLURAL_STANCE_PRECISION };
/** How far back (tokens) the quotation may sit from an unknown verb: `"…," veteran analyst Charlie Cook wrote`. */
const QUOTE_FRAME_REACH = 7;
const NOT_SPEECH = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'does', 'did', 'do', 'be', 'been', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'and', 'but', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'that', 'who', 'which']);

/**
 * `"…," Trump shot back.` / `"…," mused Stu Burguiere.`: any verb between a quotation and the end of its
 * sentence, next to a speaker, introduces the quotation, even one the lexicon has never seen. Asked only
 * for words at most QUOTE_FRAME_REACH tokens after a quotation of their unit (the caller's cheap test).
 */
function quoteFrameVerb(tokens: readonly Token[], k: number, unit: ClauseUnit): { count: number; precision: number } | undefined {
  const t = tokens[k] as Token;
  if (t.capitalized || NOT_SPEECH.has(t.lower) || !/^[a-z]+$/.test(t.lower)) return undefined;
  let end = k + 1;
  while (end < unit.end && (tokens[end] as Token).kind === 'word' && ((tokens[end] as Token).lower.endsWith('ly') || TIME_WORDS.has((tokens[end] as Token).lower) || ['back', 'up', 'out', 'in', 'on'].includes((tokens[end] as Token).lower))) end++;
  const closes = end >= unit.end || (tokens[end] as Token).lower === '.' || (tokens[end] as Token).lower === ',';
  const quoteBefore = (at: number): boolean => {
    const q = tokens[at];
    if (q?.kind === 'quote') return true;
    return q?.lower === ',' && tokens[at - 1]?.kind === 'quote';
  };
  // The speaker before the verb counts only when the verb closes its clause or a VERB_FOLLOWERS word comes next:
  // tested first, as most words after a quotation are neither and the noun phrase search is the costly part.
  const np = closes || VERB_FOLLOWERS.has(tokens[end]?.lower ?? '') ? nounPhraseEndingAt(tokens, k - 1, unit.first) : null;
  if (np && closes && quoteBefore(np.first - 1) && np.last - np.first < 4) return QUOTE_FRAME_PRIOR;
  // `"Go back to Univision," Trump barked and …`, `"Oh, my God," a young woman exclaimed upon …`: after quoted words
  // that open the sentence and end in their own comma or stop, the verb may go on with an adverbial.
  const quote = np ? tokens[np.first - 1] : undefined;
  if (np && np.first - 1 === unit.first && quote?.kind === 'quote' && (quote.endsWithComma || quote.endsSentence) && np.last - np.first < 4 && VERB_FOLLOWERS.has(tokens[end]?.lower ?? '')) return QUOTE_FRAME_PRIOR;
  if (quoteBefore(k - 1) && /ed$/.test(t.lower)) {
    const after = nounPhraseStartingAt(tokens, k + 1, unit.end);
    if (after && (after.last + 1 >= unit.end || (tokens[after.last + 1] as Token).kind === 'punct')) return QUOTE_FRAME_PRIOR;
  }
  return undefined;
}

/** Tokens an "according to" source may run: "early results of exit polls conducted for The Associated Press and television networks by Edison Research". */
const MAX_SOURCE_AFTER = 20;

/** "according to a count by The Associated Press,": the whole phrase up to the next punctuation is the source. */
function phraseUpToPunctuation(tokens: readonly Token[], first: number, end: number): TokenRange | null {
  let last = first - 1;
  for (let k = first; k < end && k - first < MAX_SOURCE_AFTER; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' && !(t.lower === '-' || t.lower === '/' || t.lower === '&' || t.lower === '(' || t.lower === ')')) break;
    if (t.kind === 'word' && t.lower === 'that') break;
    last = k;
  }
  while (last >= first && (tokens[last] as Token).kind !== 'word') last--;
  return last >= first ? { first, last } : null;
}

const MAX_PARENTHESIS = 8;
/** Prepositions that tie a speaker to an organization or person: "of the Tax Policy Center", "to Trump". */
const AFFILIATION_LINKS = new Set(['of', 'at', 'for', 'to', 'with']);

/** "Harry M. Reid (D-Nev.) said": steps back over a short parenthesis that ends right before the cue. */
function skipParenthesisBack(tokens: readonly Token[], index: number, lowerBound: number): number {
  if (tokens[index]?.lower !== ')') return index;
  for (let k = index - 1; k >= lowerBound && index - k <= MAX_PARENTHESIS; k--) if ((tokens[k] as Token).lower === '(') return k - 1;
  return index;
}

/**
 * `"…," said Soe Min, a USDP member who ran against Suu Kyi.`: an appositive that runs to the end of
 * the sentence belongs to the source, as annotators mark it.
 */
function withAppositive(tokens: readonly Token[], found: TokenRange, end: number): TokenRange {
  let np = found;
  // "said Stu Rothenberg of the Rothenberg-Gonzales Political Report", "said a longtime adviser to Trump": an
  // affiliation after the name belongs to the source.
  const link = tokens[np.last + 1];
  if (link?.kind === 'word' && AFFILIATION_LINKS.has(link.lower) && np.last + 2 < end) {
    const object = nounPhraseStartingAt(tokens, np.last + 2, end);
    if (object && (tokens[object.last] as Token).capitalized) np = { first: np.first, last: object.last };
  }
  // "said a Trump supporter who runs the Twitter account @WomenForTrump": a relative clause too.
  const relative = tokens[np.last + 1]?.lower === 'who';
  if (tokens[np.last + 1]?.lower !== ',' && tokens[np.last + 1]?.lower !== '(' && !relative) return np;
  let last = np.last;
  for (let k = np.last + 1; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote' || t.lower === ';' || t.lower === ':') return np;
    // `said Kristen Day, director of X, reports USA Today`: a cue after a comma starts a frame of its own.
    if (tokens[k - 1]?.lower === ',' && SPEECH_CUE_WORDS.has(t.lower)) break;
    if (t.kind === 'word' || t.lower === ')') last = k;
  }
  return last - np.last <= MAX_ASIDE ? { first: np.first, last } : np;
}

function parenthesisEnd(tokens: readonly Token[], open: number, limit: number): number {
  for (let k = open; k < limit; k++) if ((tokens[k] as Token).lower === ')') return k;
  return open - 1;
}

/** Words an indefinite noun phrase may have before a naming participle: "a new anti-Trump super PAC called". */
const MAX_NAMED_PHRASE = 5;

/** `a new group called Black Votes Matter`: the participle at `k` follows a lower-case noun in a phrase opened by "a" or "an". */
function namesIndefiniteNoun(tokens: readonly Token[], k: number, lowerBound: number): boolean {
  const noun = tokens[k - 1];
  if (k - 1 < lowerBound || noun?.kind !== 'word' || noun.capitalized) return false;
  for (let j = k - 2; j >= lowerBound && j >= k - 1 - MAX_NAMED_PHRASE; j--) {
    const t = tokens[j] as Token;
    if (t.lower === 'a' || t.lower === 'an') return true;
    if (t.kind !== 'word') return false;
  }
  return false;
}

/** "was criticized", "is expected": the subject is not the one speaking. */
function isPassive(tokens: readonly Token[], cue: number, lowerBound: number): boolean {
  let k = cue - 1;
  while (k >= lowerBound && (tokens[k] as Token).kind === 'word' && (tokens[k] as Token).lower.endsWith('ly')) k--;
  const t = tokens[k];
  return k >= lowerBound && t !== undefined && t.kind === 'word' && PASSIVE_AUXILIARIES.has(t.lower) && !(tokens[cue] as Token).lower.endsWith('ing');
}

/** The clause subject a participle cue hangs on ("Trump spoke, suggesting ..."): the first noun phrase of the unit. */
export function unitSubject(tokens: readonly Token[], unit: ClauseUnit, before: number): TokenRange | null {
  let from = subjectSearchStart(tokens, unit.first, before);
  // "Before the convention, Cleveland Police Chief Calvin Williams lobbied …": the subject follows the opening adverbial.
  if (ADVERBIAL_PREPOSITIONS.has((tokens[from] as Token).lower) || (tokens[from] as Token).lower === 'after' || (tokens[from] as Token).lower === 'before') {
    let comma = from;
    while (comma < before && comma - from < MAX_SUBJECT_SEARCH && (tokens[comma] as Token).lower !== ',') comma++;
    if (comma >= before || (tokens[comma] as Token).lower !== ',') return null;
    from = pastPlaceAndTime(tokens, comma, before);
  }
  for (let k = from; k < before && k - from < MAX_SUBJECT_SEARCH; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') continue;
    if (ADVERBIAL_PREPOSITIONS.has(t.lower)) return null;
    const np = nounPhraseStartingAt(tokens, k, before);
    if (np) return np;
  }
  return null;
}


/**
 * Where the subject search of a unit starts: past a dateline ("WASHINGTON — Sen. Chuck Grassley …") and past
 * a fronted adverbial that ends in a comma ("Following an animated town hall meeting, Kasich …", "Eight years
 * ago, he …", "Speaking to MSNBC's Morning Joe, Bush …"), whose noun phrases are no subject.
 */
function subjectSearchStart(tokens: readonly Token[], first: number, before: number): number {
  let from = first;
  // A dateline: a place, maybe a date and an agency ("WASHINGTON (AP) —", "NEW YORK, Nov. 19 (UPI) —"), a dash,
  // and a capitalized word opening the sentence proper.
  for (let k = first; k < before && k - first <= MAX_DATELINE; k++) {
    const t = tokens[k] as Token;
    if (DASHES.has(t.lower) && k > first && tokens[k + 1]?.capitalized === true) {
      from = k + 1;
      break;
    }
    const datelineWord = t.kind === 'word' && (t.capitalized || /^\d/.test(t.lower));
    if (!datelineWord && !(k > first && DATELINE_PUNCTUATION.has(t.lower))) break;
  }
  const opener = tokens[from];
  if (!isWord(opener)) return from;
  const lower = opener.lower;
  const fronted = (opener.capitalized && FRONTED_OPENERS.has(lower)) || (lower.endsWith('ing') && lower.length > 5);
  let comma = from;
  let timed = false;
  while (comma < before && comma - from < MAX_SUBJECT_SEARCH && (tokens[comma] as Token).lower !== ',') {
    timed ||= FRONTED_TIME_WORDS.has((tokens[comma] as Token).lower) && comma > from && comma - from <= MAX_TIME_OPENER;
    comma++;
  }
  if (comma >= before || (tokens[comma] as Token).lower !== ',') return from;
  return fronted || timed ? pastPlaceAndTime(tokens, comma, before) : from;
}

/**
 * The token after a fronted adverbial's comma, past the state that continues a place named before it and a
 * day set off by commas: "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …".
 */
function pastPlaceAndTime(tokens: readonly Token[], comma: number, before: number): number {
  let at = comma + 1;
  if ((tokens[comma - 1] as Token).capitalized) {
    const one = tokens[at]?.lower ?? '';
    const two = `${one} ${tokens[at + 1]?.lower ?? ''}`;
    const words = US_STATES.has(two) ? 2 : US_STATES.has(one) ? 1 : 0;
    if (words > 0 && at + words < before && tokens[at + words]?.lower === ',') at += words + 1;
  }
  if (tokens[at]?.lower === 'on' && /day$/.test(tokens[at + 1]?.lower ?? '') && tokens[at + 2]?.lower === ',' && at + 2 < before) at += 3;
  return at;
}

const DASHES = new Set(['—', '–', '--']);
/** Tokens a dateline may run to before its dash: "PHILADELPHIA, July 25 (UPI) —". */
const MAX_DATELINE = 8;
const DATELINE_PUNCTUATION = new Set([',', '(', ')', '.']);
/** A fronted time phrase is short: "A few minutes later," (not "X reached out weeks ago to …,"). */
const MAX_TIME_OPENER = 3;

/**
 * For a comma right before a cue, the subject whose aside it closes: "Coan, Santilli's attorney, argues".
 * The aside may hold commas of its own ("Marvin Teske, 53, a security guard, said", "Dean Johnson, a
 * salesman from Sumter, South Carolina, says"), so a comma whose left side is no clause-opening subject
 * ("… of CREDO Action,") sends the search on to an earlier one. The range runs from the subject to the end
 * of the aside, as annotators mark it.
 */
function subjectBeforeAside(tokens: readonly Token[], comma: number, lowerBound: number): TokenRange | null {
  // A subject right after a comma may itself sit in the aside ("Harry Bond, 30, of Raleigh, N.C., who …,
  // said"): it is kept only when no subject that opens the clause outright comes earlier.
  let afterComma: TokenRange | null = null;
  for (let k = comma - 1; k >= lowerBound && comma - k <= MAX_ASIDE; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote' || t.lower === '.' || t.lower === ';' || t.lower === ':') return afterComma;
    if (t.lower !== ',') continue;
    const np = nounPhraseEndingAt(tokens, k - 1, lowerBound);
    if (!np) continue;
    const head = tokens[np.last] as Token;
    // The subject must open its clause: nothing but a conjunction, a quotation, a comma or the unit start before it.
    const before = tokens[np.first - 1];
    const opensClause = np.first <= lowerBound || !before || before.kind !== 'word' || CLAUSE_OPENERS.has(before.lower);
    if (!opensClause) continue;
    // "His campaign manager, Jeff Weaver, said": a role noun with a determiner may head the subject too.
    if (!head.capitalized && !SUBJECT_PRONOUNS_FOR_ASIDE.has(head.lower) && !(SPEAKER_ROLE_NOUNS.has(head.lower) && np.first < np.last)) continue;
    const subject = { first: np.first, last: comma - 1 };
    if (before?.lower !== ',' || np.first <= lowerBound) return subject;
    afterComma ??= subject;
  }
  return afterComma;
}

const SUBJECT_PRONOUNS_FOR_ASIDE = new Set(['he', 'she', 'they']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'while', 'as', 'meanwhile', 'however']);

/** The first token of a candidate's own words (its source or cue), where a preceding content clause must stop. */
export const leftEdge = (c: Candidate): number => (c.source && !c.sourceAfter && !c.participle ? Math.min(c.source.first, c.cueFirst) : c.cueFirst);
