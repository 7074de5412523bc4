import { NON_NAME_CAPITALS } from '../lang/en/non-name-capitals';
import { DETERMINERS, NAME_TITLES, SPEAKER_ROLE_NOUNS } from '../lang/en/person-titles';
import { LISTENER_OBJECT_CUES, SUBJECT_VERB_FILLERS } from '../lang/en/cue-phrases';
import { SPEECH_CUE_WORDS } from '../lang/en/speech-cue-words';
import { DAY_PARTS, LONE_TIME_ADVERBS, TIME_ADVERBIAL_NOUNS, TIME_ADVERBIAL_OPENERS } from '../lang/en/subject-time-adverbials';
import {
  ADJECTIVAL_PARTICIPLES,
  AFTER_CUE_PHRASE_STOPS,
  ARTICLES,
  ASIDE_SPEECH_VERBS,
  BARE_QUANTIFIERS,
  CIRCUMSTANCE_PREPOSITIONS,
  CLAUSE_OPENING_WORDS,
  HONORIFICS,
  KNOWLEDGE_ADJECTIVES,
  LEADING_SENTENCE_WORDS,
  NAME_DESCRIPTORS,
  ING_ADJECTIVES,
  NUMBER_APPROXIMATORS,
  PHRASE_ENDING_AUXILIARIES,
  PREMODIFIER_BOUNDARIES,
  PREMODIFIER_VERB_LEADS,
  PROXY_DETERMINERS,
  PROXY_NOUNS,
  PROXY_PREPOSITIONS,
  QUANTIFIERS_WITH_OF,
  STUDY_NOUNS,
  STUDY_PREPOSITIONS,
  TRAILING_ADVERBIALS,
  TRAILING_SENTENCE_ADVERBS,
  UNNAMED_SOURCE_NOUNS,
} from '../lang/en/speaker-phrase-edges';
import { isAsciiLetter } from '../segment/char-classes';
import type { Span } from '../types';

const PRONOUN_CLITIC = /^(?:he|she|it|they|we)['’]s$/i;
/** Long enough for any entry of TRAILING_ADVERBIALS. */
const ADVERBIAL_MAX = 24;
const isLowerLetterOrHyphen = (c: number): boolean => (c >= 97 && c <= 122) || c === 45;

/** The word `s` opens with, lower case ASCII letters only ("" when it opens otherwise). */
function firstWord(lower: string): string {
  let i = 0;
  while (i < lower.length && isLowerLetterOrHyphen(lower.charCodeAt(i))) i++;
  return lower.slice(0, i);
}

/** Does the text after a comma open a clause-level aside (adverbial, circumstance, participle) rather than an appositive? */
function isClauseAside(rest: string): boolean {
  const lower = rest.slice(0, ADVERBIAL_MAX + 2).toLowerCase();
  if (rest.length <= ADVERBIAL_MAX + 2 && TRAILING_ADVERBIALS.has(lower.replace(/[\s,.]+$/, ''))) return true;
  const first = firstWord(lower);
  if (CIRCUMSTANCE_PREPOSITIONS.has(first) || ASIDE_SPEECH_VERBS.has(first)) return true;
  return first.length > 4 && first.endsWith('ing') && !ING_ADJECTIVES.has(first);
}

/** End of the phrase before the first comma (outside parentheses) that opens a clause aside, or the phrase's length. */
function endBeforeAside(phrase: string): number {
  let depth = 0;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0 && isClauseAside(phrase.slice(i + 1).trimStart())) return i;
  }
  return phrase.length;
}

/** Is `lower` a word that may stand between a subject and its verb ("later", "Thursday", "also")? */
const isSubjectVerbFiller = (lower: string): boolean =>
  SUBJECT_VERB_FILLERS.has(lower) || LONE_TIME_ADVERBS.has(lower) || TIME_ADVERBIAL_NOUNS.has(lower) || TIME_ADVERBIAL_OPENERS.has(lower) || DAY_PARTS.has(lower);

/**
 * "Trump told CNN", "Priebus later Thursday told Fox News", "Trump has not yet": a speaker phrase the subject
 * search ran past its own verb ends before it (and before the fillers in front of it). Only outside asides: "Trump, who has
 * told aides …" keeps its relative clause. Returns the length of the phrase to keep.
 */
function endBeforeVerb(phrase: string): number {
  if (phrase.indexOf(' ') < 0 || phrase.includes(',')) return phrase.length;
  const words = phrase.split(' ');
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    const first = word.charCodeAt(0);
    // "Kasich (who has 25 delegates)", "those who have voted": a verb inside a relative clause is not the phrase's own.
    if (first === 40) return phrase.length;
    // Only an all lower-case word is a verb or a relative pronoun here; most words of a phrase are names, skipped at once.
    if (first < 97 || first > 122) continue;
    const lower = word.toLowerCase();
    if (lower !== word) continue;
    if (RELATIVE_OPENERS.has(lower)) return phrase.length;
    // "This is why Democrats …", "Rubio is taking heat from Cruz over …": past an auxiliary, a long run or a name may
    // hold the real speaker the subject search was after, so only a short lower-case predicate is cut off.
    const auxiliary = PHRASE_ENDING_AUXILIARIES.has(lower) && isShortPredicate(words, i);
    if (auxiliary || LISTENER_OBJECT_CUES.has(lower) || lower === 'said' || lower === 'says') {
      let keep = i;
      while (keep > 1 && isSubjectVerbFiller((words[keep - 1] as string).toLowerCase())) keep--;
      // "their bankers and still had …": a subject cut after its conjunction would be half a phrase.
      if (COORDINATORS.has(words[keep - 1] as string)) return phrase.length;
      return words.slice(0, keep).join(' ').length;
    }
  }
  return phrase.length;
}

/** Words a predicate the subject search swept in after an auxiliary may run: "Trump has not yet", "he has just now hired a pollster". */
const MAX_SWEPT_PREDICATE = 5;

/** Are the words after the auxiliary at `i` a short predicate: a few lower-case words, no clause of their own? */
function isShortPredicate(words: readonly string[], i: number): boolean {
  if (words.length - i - 1 > MAX_SWEPT_PREDICATE) return false;
  for (let k = i + 1; k < words.length; k++) {
    const w = words[k] as string;
    if (w.toLowerCase() !== w || CLAUSE_OPENERS_AFTER_VERB.has(w)) return false;
  }
  return true;
}

/** Words that open a clause of their own after a verb: "… is why Democrats", "… was when Megyn Kelly". */
const CLAUSE_OPENERS_AFTER_VERB = new Set(['that', 'when', 'why', 'how', 'whether', 'where', 'and', 'but', 'because', 'while', 'if', '—', '–', '-']);
const COORDINATORS = new Set(['and', 'or', 'nor']);
/** Words that open a relative clause inside a phrase ("those who have voted"); a bracket does too ("Kasich (who has …)"). */
const RELATIVE_OPENERS = new Set(['who', 'whom', 'whose', 'which', 'that']);

/** Letters of the longest adverb of TRAILING_SENTENCE_ADVERBS. */
const ADVERB_MAX = 8;

/** The word ending at `end` when it could be a trailing adverb (ASCII letters, short); null otherwise, without allocating. */
function adverbEndingAt(text: string, end: number): WordBefore | null {
  let start = end;
  while (start > 0 && end - start <= ADVERB_MAX && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  if (start === end || end - start > ADVERB_MAX || (start > 0 && isWordChar(text.charCodeAt(start - 1)))) return null;
  const raw = text.slice(start, end);
  return { raw, lower: raw.toLowerCase(), start };
}

/** "Rick Perry Just" → "Rick Perry": the phrase ends before adverbs that belong to the verb after it. */
function endBeforeTrailingAdverbs(text: string, start: number, end: number): number {
  for (let w = adverbEndingAt(text, end); w && w.start > start && TRAILING_SENTENCE_ADVERBS.has(w.lower); w = adverbEndingAt(text, end)) {
    end = w.start;
    // "he, once again": the comma that set the adverbs off goes with them.
    while (end > start && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 44)) end--;
  }
  return end;
}

/** A word right before `pos`, separated from it by spaces only (no punctuation, no line break). */
interface WordBefore {
  readonly raw: string;
  readonly lower: string;
  readonly start: number;
}
const LETTER = /\p{L}/u;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;
/** Letters, digits and the marks a word may hold inside ("Sanders’", "Mr.", "co-chair"). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 46 || c === 45;
  return c === 0x2019 || LETTER.test(String.fromCharCode(c));
}

const isMark = (c: number): boolean => c === 39 || c === 46 || c === 45 || c === 0x2019;

/** Scans back by character codes: this runs for every quotation, so no regular expression over a window. */
function wordBefore(text: string, pos: number): WordBefore | null {
  let end = pos;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  return end === pos ? null : wordEndingAt(text, end);
}

const POSSESSIVE_NAME = /^\p{Lu}[\p{L}.-]*(?:['’]s?)$/u;
const NUMBER_LIKE = /^(?:an?$|half$|one|two|three|four|five|six|seven|eight|nine|ten|dozen|third|quarter)/;
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const bareWord = (lower: string): string => lower.replace(/\.$/, '');

/**
 * How far left the noun phrase that starts at `start` really starts: the subject search can stop
 * at a word that belongs to the phrase: an honorific ("Mrs. Clinton's campaign"), a possessor
 * ("Sanders’ aides"), an article ("the two sides"), a quantifier ("some of her followers",
 * "At least four senators"), or the proxy who speaks for the named ("A spokeswoman for YouTube").
 */
/** Determiners an article may still precede: "the two sides", "a few Republican lawmakers". */
const COUNTING_DETERMINERS = new Set(['two', 'three', 'four', 'few', 'other', 'several', 'many']);
/** Extensions phraseStart may chain: "only 49 percent of Democratic registered voters" takes four. */
const MAX_STEPS = 6;
function phraseStart(text: string, start: number): number {
  start = slashJoinedStart(text, start);
  for (let step = 0; step < MAX_STEPS; step++) {
    const w = wordBefore(text, start);
    if (!w) break;
    const phraseFirst = firstWord(text.slice(start, start + 12).toLowerCase());
    if (HONORIFICS.has(bareWord(w.lower)) && w.raw.endsWith('.') && /^\p{Lu}/u.test(text.slice(start, start + 1))) start = w.start;
    else if (w.raw.endsWith('.')) break;
    else if (POSSESSIVE_NAME.test(w.raw) && !NON_NAME_CAPITALS.has(w.lower.replace(/['’]s?$/, ''))) start = w.start;
    else if (ARTICLES.has(w.lower) && (!DETERMINERS.has(phraseFirst) || COUNTING_DETERMINERS.has(phraseFirst))) start = w.start;
    else if (BARE_QUANTIFIERS.has(w.lower)) start = w.start;
    else if (w.lower === 'of' || PROXY_PREPOSITIONS.has(w.lower) || STUDY_PREPOSITIONS.has(w.lower)) {
      const extended = quantifierOrProxyStart(text, w);
      if (extended === null) break;
      start = extended;
    } else {
      const numeric = NUMBER_LIKE.test(phraseFirst) || isDigit(text.charCodeAt(start));
      const approximated = (numeric ? approximatorStart(text, start) : null) ?? premodifierStart(text, start);
      if (approximated === null) break;
      start = approximated;
    }
  }
  return coordinatedStart(text, start);
}

/** Words the first conjunct of a coordinated subject may run: "Former Maryland Gov. Martin O’Malley (D)". */
const MAX_CONJUNCT_WORDS = 12;
const isVerbLike = (lower: string): boolean => /(?:ed|ing|ly)$/.test(lower) || SPEECH_CUE_WORDS.has(lower);

/**
 * "Politicians and even some technologists say", "Ward and other digital security experts acknowledge": a
 * subject coordinated with "and" is one phrase, as annotators mark it, when the conjuncts before "and" run back
 * to the start of the sentence (or of a clause after "But", "While" …) through noun-phrase words only: names,
 * modifiers, list commas, party tags. Anything that reads as a verb or a preposition ("In Iowa, Cruz and Rubio")
 * leaves the phrase as it was.
 */
function coordinatedStart(text: string, start: number): number {
  let w = wordBefore(text, start);
  if (w?.lower === 'even') w = wordBefore(text, w.start);
  if (!w || w.lower !== 'and' || SUBJECT_PRONOUN_OR_RELATIVE.has(firstWord(text.slice(start, start + 12).toLowerCase()))) return start;
  // ", and she said": a comma before "and" joins clauses; and the conjunct must end in a noun ("Politicians", "Cyber security experts").
  const last = wordBefore(text, w.start);
  if (!last || !(CAPITALIZED.test(last.raw) || last.lower.endsWith('s') || describesPerson(last.lower))) return start;
  let first = w.start;
  let sawComma = false;
  for (let words = 0; words <= MAX_CONJUNCT_WORDS; ) {
    let at = first;
    while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
    const c = at > 0 ? text.charCodeAt(at - 1) : 10;
    if (c === 10 || c === 13) return words > 0 ? first : start;
    if (c === 44) {
      sawComma = true;
      first = at - 1;
      continue;
    }
    if (c === 41) {
      // "(D)", "(R-Texas)": a party tag inside the conjunct.
      const open = text.lastIndexOf('(', at - 1);
      if (open < 0 || at - open > 16) return start;
      first = open;
      continue;
    }
    const word = wordEndingAt(text, at);
    // Sentence punctuation before the run: the conjuncts open the sentence.
    if (!word) return words > 0 && (c === 46 || c === 63 || c === 33 || c === 58 || c === 34 || c === 0x201d) ? first : start;
    const bare = bareWord(word.lower);
    if (CLAUSE_OPENING_WORDS.has(bare)) return sawComma || words === 0 ? start : first;
    if (PREMODIFIER_BOUNDARIES.has(bare) || CIRCUMSTANCE_PREPOSITIONS.has(bare) || (!CAPITALIZED.test(word.raw) && isVerbLike(word.lower))) return start;
    // "… Carolina. Republicans and Democrats": a word with a sentence period ends the run before it.
    if (word.raw.endsWith('.') && !HONORIFICS.has(bare) && !/^\p{Lu}\.?$/u.test(word.raw) && !word.raw.slice(0, -1).includes('.')) return words > 0 ? first : start;
    first = word.start;
    words++;
  }
  return start;
}

/** The word that ends at `end` (its last character is at `end - 1`), or null. */
function wordEndingAt(text: string, end: number): WordBefore | null {
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  // A word opens with a letter or digit, not with a mark ("'Trump" is a quotation, not a word).
  while (start < end && isMark(text.charCodeAt(start))) start++;
  if (start === end) return null;
  const raw = text.slice(start, end);
  return { raw, lower: raw.toLowerCase(), start };
}

/** "CNN/ORC poll", "Obama/Clinton": names joined by a slash are one name, but the subject search stops at the slash. */
function slashJoinedStart(text: string, start: number): number {
  let at = start;
  while (at > 1 && text.charCodeAt(at - 1) === 47 && isWordChar(text.charCodeAt(at - 2))) {
    let wordStart = at - 1;
    while (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
    at = wordStart;
  }
  return at;
}

/** How many modifiers may stand before a speaker phrase: "About four in 10 South Carolina Republican primary voters". */
const MAX_PREMODIFIERS = 8;
const MODIFIER = /^(?:[a-z][a-z-]*(?:['’]s?)?|\d[\d,.]*)$/;
const CAPITALIZED = /^\p{Lu}/u;
const NUMBER_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|[a-z]+-(?:one|two|three|four|five|six|seven|eight|nine))$/;
/** A noun for a person or a role ("moderator", "pastor", "aide"): the only lower-case word that may stand right before a name. */
const PERSON_NOUN = /(?:ers?|ors?|ists?|ians?|ents?|ants?|ees?|ives?|eons?|ains?|-old)$/;
const describesPerson = (lower: string): boolean => SPEAKER_ROLE_NOUNS.has(lower) || NAME_TITLES.has(lower) || NAME_DESCRIPTORS.has(lower) || PERSON_NOUN.test(lower);
/** "only 49 percent", "nearly two-thirds": words that qualify the number that opens a run. */
const APPROXIMATORS = new Set(NUMBER_APPROXIMATORS.filter((words) => words.length === 1).map((words) => words[0] as string));
/** Long enough for the first word of a phrase; the window keeps the look-ahead constant per quotation. */
const NAME_WINDOW = 40;
const SUBJECT_PRONOUN_OR_RELATIVE = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who', 'which', 'that', 'whom']);

type RunWord = 'modifier' | 'boundary' | 'determiner' | 'other';

function runWord(w: WordBefore): RunWord {
  const bareLower = bareWord(w.lower);
  if (DETERMINERS.has(w.lower) || ARTICLES.has(w.lower)) return 'determiner';
  if (CAPITALIZED.test(w.raw)) {
    if (NON_NAME_CAPITALS.has(bareLower) || w.raw.endsWith('.')) return 'boundary';
    // "Stated Stone:": a capitalized speech verb opens the sentence, it names nobody.
    return SPEECH_CUE_WORDS.has(w.lower) && /(?:ed|s)$/.test(w.lower) ? 'boundary' : 'modifier';
  }
  if (PREMODIFIER_BOUNDARIES.has(w.lower) || SPEECH_CUE_WORDS.has(w.lower)) return 'boundary';
  if (!MODIFIER.test(w.lower)) return 'other';
  // Adverbs, participles and gerunds are likelier the verb of a clause before the phrase than its modifiers.
  if (w.lower.endsWith('ly') || w.lower.endsWith('ing')) return 'other';
  return !w.lower.endsWith('ed') || ADJECTIVAL_PARTICIPLES.has(w.lower) ? 'modifier' : 'other';
}

/**
 * "ABC moderator David Muir", "Democratic registered voters", "John Kasich’s campaign", "Nine in 10 voters":
 * the modifiers in front of a speaker phrase belong to it, as annotators mark it, when their run reaches
 * where the noun phrase must start: a determiner (kept), or punctuation, the text start, a preposition
 * or conjunction (left out). A run that ends at any other word may be the tail of another clause ("Trump
 * praised conservative leaders", "to help Rubio"), so it is not taken. Returns the new start, or null.
 */
function premodifierStart(text: string, start: number): number | null {
  const head = firstWord(text.slice(start, start + 12).toLowerCase());
  if (SUBJECT_PRONOUN_OR_RELATIVE.has(head) || DETERMINERS.has(head)) return null;
  // "mainstream Republicans": a capitalized plural is a group, which any adjective may qualify, not a name.
  const named = CAPITALIZED.test(text.slice(start, start + 1)) && !/^\p{Lu}\p{Ll}+s$/u.test(text.slice(start, start + NAME_WINDOW).split(/[\s,.;:]/u)[0] ?? '');
  let first = start;
  for (let n = 0; n < MAX_PREMODIFIERS; n++) {
    const w = wordBefore(text, first);
    if (!w) return first === start ? null : first;
    const kind = runWord(w);
    if (kind === 'determiner') return w.start;
    if (w.lower === 'in' && NUMBER_WORD.test(text.slice(first, first + 16).toLowerCase().split(/[\s,]/u)[0] ?? '')) {
      // "Nine in 10 voters": a ratio reads as one number.
      const before = wordBefore(text, w.start);
      if (before && NUMBER_WORD.test(before.lower)) {
        first = before.start;
        continue;
      }
    }
    if (PREMODIFIER_VERB_LEADS.has(w.lower)) return null;
    if (kind === 'boundary') return first === start ? null : first;
    if (kind === 'other') return null;
    // "two primary reasons Israel": before a name, lower-case words must describe a person ("ABC moderator").
    if (named && first === start && !CAPITALIZED.test(w.raw) && !describesPerson(w.lower)) return null;
    first = w.start;
    const approximator = NUMBER_WORD.test(w.lower) ? wordBefore(text, w.start) : null;
    if (approximator && APPROXIMATORS.has(approximator.lower)) return approximator.start;
  }
  return null;
}

/** "two-thirds of …", "one-quarter of …". */
const FRACTION = /^[a-z]+-(?:thirds?|quarters?|fifths?|tenths?|halves|half)$/;
/** "some of …" → start of "some"; "a top adviser for …" → start of "a"; else null. */
function quantifierOrProxyStart(text: string, preposition: WordBefore): number | null {
  const head = wordBefore(text, preposition.start);
  if (!head) return null;
  if (preposition.lower === 'of' && (QUANTIFIERS_WITH_OF.has(head.lower) || FRACTION.test(head.lower))) return head.start;
  if (STUDY_NOUNS.has(head.lower) && STUDY_PREPOSITIONS.has(preposition.lower)) return nounPhraseOpening(text, head);
  if (KNOWLEDGE_ADJECTIVES.get(head.lower) === preposition.lower) {
    const noun = wordBefore(text, head.start);
    return noun && (PROXY_NOUNS.has(noun.lower) || UNNAMED_SOURCE_NOUNS.has(noun.lower)) ? nounPhraseOpening(text, noun) : null;
  }
  if (!PROXY_PREPOSITIONS.has(preposition.lower) || !PROXY_NOUNS.has(head.lower)) return null;
  let w = wordBefore(text, head.start);
  for (let modifiers = 0; w && modifiers < 3; modifiers++) {
    if (PROXY_DETERMINERS.has(w.lower)) return w.start;
    if (w.raw.endsWith('.')) return null;
    w = wordBefore(text, w.start);
  }
  return null;
}

/** Modifiers a head noun may carry before its determiner: "A U.S. law enforcement official". */
const MAX_HEAD_MODIFIERS = 4;

/**
 * Where the noun phrase headed by `head` opens: at a determiner ("A source", "the new study"), or at the
 * head itself (or its modifiers) when punctuation or the text start comes first ("People familiar with …",
 * "Polling of union voters"). Null when another word comes first: the head may be the object of a verb.
 */
function nounPhraseOpening(text: string, head: WordBefore): number | null {
  let opening = head.start;
  for (let n = 0; n < MAX_HEAD_MODIFIERS; n++) {
    const w = wordBefore(text, opening);
    if (!w) return opening;
    if (PROXY_DETERMINERS.has(w.lower) || ARTICLES.has(w.lower) || DETERMINERS.has(w.lower)) return w.start;
    if (CLAUSE_OPENING_WORDS.has(w.lower)) return opening;
    // "U.S.", "N.Y.": an abbreviation is a modifier, not a sentence end.
    const abbreviation = w.raw.endsWith('.') && w.raw.slice(0, -1).includes('.');
    if (!abbreviation && runWord(w) !== 'modifier') return null;
    opening = w.start;
  }
  return null;
}

/** "At least four …", "About one in five": the approximator before a number. */
function approximatorStart(text: string, start: number): number | null {
  for (const words of NUMBER_APPROXIMATORS) {
    let at = start;
    let matched = true;
    for (let i = words.length - 1; i >= 0 && matched; i--) {
      const w = wordBefore(text, at);
      if (w && w.lower === words[i]) at = w.start;
      else matched = false;
    }
    if (matched) return at;
  }
  return null;
}

/**
 * "Sen. Bernie Sanders (I-Vt.)", "Rep. Sander M. Levin (Mich.)", "State Sen. Lee Bright (R)": a party and state tag;
 * also set off by commas, "Mitch McConnell, R-Ky., said", where it must name a state to be told from a list.
 */
const PARTY_TAG =
  /^(?:[ \u00a0]?\((?:[DRI](?:[-–][ ]?[A-Z][A-Za-z.]{1,12}(?: [A-Z][A-Za-z.]{1,12})?)?|[A-Z][a-z]{1,5}\.)\)|,[ \u00a0][DRI][-–][A-Z][A-Za-z.]{1,12}(?=[,;:.]?(?:\s|$)))/;
const PARTY_TAG_MAX = 32;

/**
 * The speaker phrase as annotators mark it: the noun phrase without the clause words the cue's
 * subject search swept in at its edges. A leading subordinator or sentence adverb goes ("After Johnson" → "Johnson",
 * "Even Donald Trump" → "Donald Trump"),
 * and so does a trailing aside that describes the moment, not the speaker ("Mr. Trump, in an
 * interview on Friday," → "Mr. Trump"), while appositives stay ("Josh Earnest, the press secretary").
 */
export function speakerPhrase(source: Span, text: string): Span {
  let start = source.start;
  let phrase = text.slice(source.start, source.end);
  // "Even though people …": a clause opener may follow the adverb, so the words go while they open a clause.
  for (let space = phrase.indexOf(' '); space > 0 && space < phrase.length - 1; space = phrase.indexOf(' ')) {
    const leading = phrase.slice(0, space).toLowerCase();
    if (!CLAUSE_OPENING_WORDS.has(leading) && !LEADING_SENTENCE_WORDS.has(leading)) break;
    start += space + 1;
    phrase = phrase.slice(space + 1);
  }
  // "He's said": the clitic is the verb, not part of the pronoun.
  if (phrase.length <= 6 && PRONOUN_CLITIC.test(phrase)) phrase = phrase.slice(0, -2);
  let end = start + text.slice(start, start + endBeforeVerb(phrase.slice(0, endBeforeAside(phrase)))).trimEnd().length;
  end = endBeforeTrailingAdverbs(text, start, end);
  if (start === source.start) start = phraseStart(text, start);
  if (endsPossessive(text, start, end)) end = possessedSpeakerEnd(text, end);
  const tag = PARTY_TAG.exec(text.slice(end, end + PARTY_TAG_MAX));
  // Only a named phrase has a party: "the senator (left)" is no tag, and the pattern would not match it anyway.
  if (tag && /\p{Lu}/u.test(text.slice(start, end))) end += tag[0].length;
  return start === source.start && end === source.end ? source : { start, end };
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;
/** Does the phrase end with a possessor: "Trump's", "Sanders’"? */
function endsPossessive(text: string, start: number, end: number): boolean {
  const at = text.charCodeAt(end - 1) === 115 ? end - 2 : end - 1;
  return at > start && isApostrophe(text.charCodeAt(at)) && LETTER.test(text.charAt(at - 1));
}
/** Words between a possessor and the person it owns: "the Post's senior politics editor", "The Pentagon's recent top adviser". */
const MAX_POSSESSED_MODIFIERS = 4;
/** Words of a name after the person noun: "editor Steven Ginsberg", "spokesman, Steffen Seibert". */
const MAX_POSSESSED_NAME = 4;

/**
 * "Ms. Merkel's spokesman, Steffen Seibert, wrote", "Trump's congressional allies have been trying": a phrase that
 * ends with a possessor stops short of whom it owns. When the words after it are modifiers and a noun for a person or
 * a group, the phrase runs on to that noun, and to the name set right after it. Any other word ("Trump's claim that",
 * "Clinton's plans") leaves the possessor alone, as annotators do with a statement noun. Returns the new end.
 */
function possessedSpeakerEnd(text: string, end: number): number {
  let at = end;
  for (let n = 0; n <= MAX_POSSESSED_MODIFIERS; n++) {
    const w = wordAfter(text, at);
    if (!w) return end;
    const lower = w.raw.toLowerCase();
    if (!CAPITALIZED.test(w.raw) && isPossessedPerson(lower, text, w.end)) return possessedNameEnd(text, w.end);
    if (runWord({ raw: w.raw, lower, start: w.start }) !== 'modifier' || w.raw.endsWith('.')) return end;
    at = w.end;
  }
  return end;
}

/**
 * A noun for a person or group: a listed one ("sister", "spokesman", "allies"), or one with a person suffix that ends
 * the run of lower-case words ("editor Steven", not "senior politics", "younger sister", whose suffix only looks so).
 */
function isPossessedPerson(lower: string, text: string, end: number): boolean {
  if (SPEAKER_ROLE_NOUNS.has(lower) || PROXY_NOUNS.has(lower) || NAME_TITLES.has(lower) || NAME_DESCRIPTORS.has(lower)) return true;
  const next = wordAfter(text, end);
  return PERSON_NOUN.test(lower) && !(next && /^\p{Ll}/u.test(next.raw));
}

/** After a person noun, the name that says who it is: "editor Steven Ginsberg", "spokesman, Steffen Seibert,". */
function possessedNameEnd(text: string, end: number): number {
  const comma = text[end] === ',';
  let at = comma ? end + 1 : end;
  let words = 0;
  for (let w = wordAfter(text, at); w && CAPITALIZED.test(w.raw) && words < MAX_POSSESSED_NAME; w = wordAfter(text, at)) {
    at = w.end;
    words++;
  }
  // A name set off by a comma must be closed by one too, or it may open the next clause ("spokesman, Trump said").
  if (words === 0 || (comma && !/^[,.]/.test(text.slice(at, at + 1)))) return end;
  return at;
}

/** The word that starts after the spaces at `pos`, with its end; null at punctuation or a line break. */
function wordAfter(text: string, pos: number): { raw: string; start: number; end: number } | null {
  let start = pos;
  while (start < text.length && isSpace(text.charCodeAt(start))) start++;
  if (start === pos) return null;
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  // A trailing period belongs to an abbreviation ("Mr.") or ends the sentence; either way the word stops before it.
  while (end > start && text.charCodeAt(end - 1) === 46 && !/\p{Lu}\.$/u.test(text.slice(start, end))) end--;
  return end > start ? { raw: text.slice(start, end), start, end } : null;
}

/** Words the rest of a phrase after its cue may run: "another leading Supreme Court advocate", "with knowledge of the governor's dilemma". */
const MAX_AFTER_CUE_WORDS = 8;
/** A word of a speaker phrase: letters, digits, and the marks inside words ("well-connected", "governor's", "U.S."). */
const PHRASE_WORD = /^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u;

/**
 * The speaker phrase of a source that follows its cue ("…,” said one former senior agency official."): the
 * subject search after a cue stops at the first lower-case word, so the phrase runs on to the next punctuation
 * when all that lies between is plain words with no clause or circumstance in them.
 */
export function speakerPhraseAfterCue(source: Span, text: string): Span {
  const phrase = speakerPhrase(source, text);
  // "said a campaign aide. Donald Trump …": a phrase that ends with a period ends its sentence.
  if (text.charCodeAt(phrase.end - 1) === 46) return phrase;
  const rest = text.slice(phrase.end, phrase.end + 120);
  let cut = 0;
  while (cut < rest.length && !/[,;:!?"“”()\n—]/u.test(rest[cut] as string)) cut++;
  const tail = rest.slice(0, cut);
  const words = tail.split(' ').filter((w) => w.length > 0);
  // A period ends the phrase: the tail must not run into the next sentence ("Mason Harrison. ''Mitt …").
  if (words.length === 0 || words.length > MAX_AFTER_CUE_WORDS || /\.\s/u.test(tail) || /[\s']'/.test(tail)) return phrase;
  if (words.some((w) => !PHRASE_WORD.test(w) || AFTER_CUE_PHRASE_STOPS.has(w.toLowerCase()) || /ing$/.test(w))) return phrase;
  const end = phrase.end + tail.replace(/[\s.]+$/u, '').length;
  return end > phrase.end && tail.startsWith(' ') ? { start: phrase.start, end } : phrase;
}
