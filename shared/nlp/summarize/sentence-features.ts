import { isSpaceUnit } from '../quotes/word-characters';
import type { Attributed, Span } from '../types';
import { largest } from './largest';
import { pageRanks } from './page-rank';
import { matchesAny, patternUnion } from './pattern-union';
import { BACK_REFERENCE_OPENINGS, BOILERPLATE, CONNECTIVE_OPENINGS, SPEECH_VERBS } from './standalone-cues';
import { sentenceGraphs } from './sentence-graphs';
import { ArticleVocabulary } from './article-vocabulary';
import { centroid, cosineWithDense, termVectors, type TermVector } from './term-vectors';
import { trimFurniture } from './trim-furniture';
import { TypedArena } from './typed-arena';
import { FORM_CAPITALIZED, FORM_NUMBER, formFlags, formStem, formWord } from './word-forms';

/**
 * What the scorer knows about a sentence. Every feature is in [0, 1] so the learned weights
 * compare; each is here for the reason next to it.
 */
export const FEATURE_NAMES = [
  /** News states its point first (the lead bias Lead-3 lives on): 1/(i+1). */
  'leadPosition',
  /** The first sentence is the article's own summary far more often than 1/(i+1) alone says. */
  'firstSentence',
  /** Late sentences carry background and quotes, rarely the news: i/(n-1). */
  'relativePosition',
  /** A later paragraph's first sentence often opens a new main point (papers with paragraphs). */
  'paragraphOpening',
  /** Length in words / 60: longer sentences hold more facts but cost ROUGE precision. */
  'length',
  /** Fewer than 8 words: headings, captions, fragments. */
  'short',
  /** More than 55 words: run-ons and photo captions merged into the next sentence. */
  'long',
  /** LexRank centrality (PageRank over tf·idf cosines), / the article's maximum: what the article keeps returning to. */
  'centrality',
  /**
   * TextRank centrality (Mihalcea & Tarau 2004: shared words over log lengths), / the maximum.
   * Unlike the cosine above it grows with what a sentence says, as long extracts want.
   */
  'overlapCentrality',
  /**
   * Similarity to the sentences after it minus to those before it, / the article's maximum
   * (PacSum, Zheng & Lapata 2019): in news the point comes first and the rest elaborates it.
   */
  'forwardCentrality',
  /** Cosine to the article's centroid: covers the article's vocabulary as a whole. */
  'centroidSimilarity',
  /** Cosine to the first sentence: restates or develops the lead. */
  'leadSimilarity',
  /** Share of the title's content words the sentence contains: the headline names the topic. */
  'titleOverlap',
  /** Recurring named entities (capitalized words), / the article's maximum: the main actors. */
  'entitySalience',
  /** Contains a number: counts, money and dates are the facts summaries keep. */
  'hasNumber',
  /** Mean article frequency of the sentence's content words (SumBasic): topical words recur. */
  'wordSalience',
  /**
   * Total article frequency of the sentence's content words (summed, not averaged), / the
   * article's maximum: how much of what the article keeps repeating one sentence carries.
   * Classic frequency summarizers rank by it; long extracts reward it.
   */
  'topicMass',
  /** Share of characters inside quotation marks: summaries report, they rarely quote. */
  'quoteShare',
  /** Opens with a pronoun or demonstrative: it refers back to what a summary reader has not seen. */
  'backReference',
  /** Opens with "But", "However", "Also"...: continues an argument begun before. */
  'connectiveOpening',
  /** A quotation with no speaker: a reader cannot tell who says it. */
  'bareQuote',
  /** A whole sentence of byline, photo credit, dateline, "Scroll down for video": not article text. */
  'boilerplate',
  /** A question: news summaries state. */
  'question',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];

const FEATURE_COUNT = FEATURE_NAMES.length;
/** Each feature's position in `SentenceProfile.features`. */
export const FEATURE_INDEX = Object.fromEntries(FEATURE_NAMES.map((name, index) => [name, index])) as Readonly<Record<FeatureName, number>>;
const F = FEATURE_INDEX;

export interface SentenceProfile {
  /** Index into `Segmented.sentences`. */
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The sentence's words as form numbers (word-forms.ts), valid while the article's vocabulary is. */
  readonly words: Int32Array;
  readonly vector: TermVector;
  /** Aligned with FEATURE_NAMES. */
  readonly features: ArrayLike<number>;
}

export interface ArticleProfile {
  readonly sentences: readonly SentenceProfile[];
  /** Cosines between the profiled sentences (same order). */
  readonly similarity: readonly Float64Array[];
  /** The article's words and stem ids; later steps (speaker digests) tokenize through it too. */
  readonly vocabulary: ArticleVocabulary;
  /** By stem id, how often the stem occurs in the article's first MAX_COUNTED_SENTENCES sentences (ids given later are past its end). */
  readonly stemCounts: Int32Array;
}

/** The lead bias means summary sentences come from the top; later ones are profiled only this far. */
export const MAX_CANDIDATES = 250;
/** Word counts come from this many sentences: enough to know what the article is about, bounded for a 2 MB input. */
export const MAX_COUNTED_SENTENCES = 4 * MAX_CANDIDATES;

/** Opens with a quote mark, straight or curly, double or single (British papers quote in singles). */
const OPENING_QUOTE = /^\s*["“‘']/;

/** Characters of [start, end) inside quotation marks, from the given quotations. */
function quotedLength(quotations: readonly Span[], start: number, end: number): number {
  let quoted = 0;
  for (const q of quotations) {
    if (q.end <= start || q.start >= end) continue;
    quoted += Math.min(end, q.end) - Math.max(start, q.start);
  }
  return quoted;
}

/** Ends in a question mark, perhaps inside closing quotes or brackets: `/\?["”’)]*\s*$/`, read backwards from the end instead of tried at every position. */
export function endsInQuestion(sentence: string): boolean {
  let at = sentence.length - 1;
  while (at >= 0 && isSpaceUnit(sentence.charCodeAt(at))) at--;
  while (at >= 0 && '"”’)'.includes(sentence[at] as string)) at--;
  return sentence[at] === '?';
}

const BOILERPLATE_UNION = patternUnion(BOILERPLATE);
const isBoilerplate = (sentence: string): boolean => matchesAny(BOILERPLATE_UNION, sentence);

const firstWord = (forms: Int32Array): string => (forms.length > 0 ? formWord(forms[0] as number) : '');

/** Capitalized and not the sentence's first word: a cheap stand-in for a named entity. */
const isProper = (forms: Int32Array, position: number): boolean => position > 0 && (formFlags(forms[position] as number) & FORM_CAPITALIZED) !== 0;

/** Indexes of the sentences that hold a quotation whose speaker is known. */
export function sentencesWithSpeakers(quotes: Attributed['quotes']): ReadonlySet<number> {
  const sentences = new Set<number>();
  for (const quote of quotes) if (quote.speaker) sentences.add(quote.sentence);
  return sentences;
}

/**
 * `speakerSentences` is `sentencesWithSpeakers(attributed.quotes)`; the summarizer computes it
 * before calling. The quotes array comes in more than one elements kind (an article without
 * quotes has an empty one, as JSON.parse makes it too), and iterating it inside this function
 * sent its optimized code back to the interpreter, for the rest of the article, on article after
 * article; a deopt in the small caller costs only the caller.
 */
export function profileArticle(attributed: Attributed, maxCandidates = MAX_CANDIDATES, speakerSentences = sentencesWithSpeakers(attributed.quotes)): ArticleProfile {
  const { document, sentences, paragraphs } = attributed.segmented;
  const { text } = document;
  // Spans start after page furniture ("Scroll down for video"), which says nothing about the sentence.
  const candidates = sentences.slice(0, maxCandidates).map((s) => trimFurniture(text, s));
  // The article's typed arrays come from one arena (typed-arena.ts).
  const arena = new TypedArena();
  const words = new ArticleVocabulary(arena);
  const tokens = candidates.map((s) => words.words(text, s.start, s.end));
  // Word and entity frequencies over more of the article than the candidates: a topic the article
  // returns to later still counts.
  const counted = sentences.slice(candidates.length, MAX_COUNTED_SENTENCES).map((s) => words.words(text, s.start, s.end));

  // Each token's content stem as an id (article-vocabulary.ts), candidates first, so counts,
  // vectors and graphs are typed arrays.
  const candidateStems = tokens.map((forms) => words.contentStems(forms));
  const countedStems = counted.map((forms) => words.contentStems(forms));
  const vocabulary = words.size;

  const stemCounts = arena.int32(vocabulary);
  const entityCounts = arena.int32(vocabulary);
  const countSentence = (forms: Int32Array, ids: Int32Array) => {
    for (let position = 0; position < ids.length; position++) {
      const id = ids[position] as number;
      if (id < 0) continue;
      stemCounts[id]!++;
      if (isProper(forms, position)) entityCounts[id]!++;
    }
  };
  tokens.forEach((ts, i) => countSentence(ts, candidateStems[i] as Int32Array));
  counted.forEach((ts, i) => countSentence(ts, countedStems[i] as Int32Array));
  // A capitalized sentence opener is not an entity sighting, but it is one when the article names it elsewhere.
  for (const ids of candidateStems) {
    const opener = ids[0] ?? -1;
    if (opener >= 0 && (entityCounts[opener] as number) > 0) entityCounts[opener]!++;
  }
  let maxStemCount = 1;
  for (const c of stemCounts) maxStemCount = Math.max(maxStemCount, c);
  const logStemCounts = arena.float64(vocabulary);
  for (let id = 0; id < vocabulary; id++) logStemCounts[id] = Math.log(stemCounts[id] as number);

  const vectors = termVectors(candidateStems, vocabulary, arena);
  const { similarity, edges } = sentenceGraphs(vectors, vocabulary, arena);
  const [rank, overlapRank] = pageRanks(edges, arena);
  const maxRank = largest(rank, Number.MIN_VALUE);
  const center = centroid(vectors, vocabulary, arena);
  const maxOverlapRank = largest(overlapRank, Number.MIN_VALUE);
  const forward = arena.float64(similarity.length);
  let maxForward = Number.MIN_VALUE;
  similarity.forEach((row, i) => {
    let sum = 0;
    for (let j = 0; j < row.length; j++) if (j !== i) sum = j > i ? sum + (row[j] as number) : sum - (row[j] as number);
    forward[i] = sum;
    maxForward = Math.max(maxForward, Math.abs(sum));
  });

  // Each of the title's content stems once (-1 for one the article's sentences lack).
  const titleForms = new Map<number, number>();
  for (const form of words.words(document.title ?? '')) if (formStem(form) >= 0 && !titleForms.has(formStem(form))) titleForms.set(formStem(form), form);
  const titleStems = [...titleForms.values()].map((form) => words.findStem(form));
  const reach = candidates.at(-1)?.end ?? 0;
  const quotations = attributed.segmented.quotations.filter((q) => q.kind !== 'indirect' && q.start < reach);

  /** Which sentence last marked a stem (1 + its index), for per-sentence sets over stem ids without allocating one. */
  const markedBy = arena.int32(vocabulary);
  const entityScores = arena.float64(tokens.length);
  tokens.forEach((forms, i) => {
    let score = 0;
    const ids = candidateStems[i] as Int32Array;
    for (let position = 0; position < ids.length; position++) {
      const id = ids[position] as number;
      if (id < 0 || markedBy[id] === i + 1) continue;
      const count = entityCounts[id] as number;
      if (count < 2 || (!isProper(forms, position) && position > 0)) continue;
      markedBy[id] = i + 1;
      score += Math.log(count);
    }
    entityScores[i] = score;
  });
  const maxEntityScore = largest(entityScores, Number.MIN_VALUE);

  const masses = arena.float64(candidateStems.length);
  candidateStems.forEach((ids, i) => {
    let mass = 0;
    for (const id of ids) if (id >= 0) mass += logStemCounts[id] as number;
    masses[i] = mass;
  });
  const maxMass = largest(masses, Number.MIN_VALUE);

  markedBy.fill(0);
  const n = sentences.length;
  const maxLogCount = Math.log(maxStemCount + 1);
  const profiles = candidates.map((sentence, i): SentenceProfile => {
    const forms = tokens[i] as Int32Array;
    const ids = candidateStems[i] as Int32Array;
    const sentenceText = text.slice(sentence.start, sentence.end);
    const wordCount = forms.length;
    let contentWords = 0;
    for (const id of ids) {
      if (id < 0) continue;
      contentWords++;
      markedBy[id] = i + 1;
    }
    let titleHits = 0;
    for (const id of titleStems) if (id >= 0 && markedBy[id] === i + 1) titleHits++;
    let hasNumber = 0;
    for (const form of forms) if ((formFlags(form) & FORM_NUMBER) !== 0) hasNumber = 1;
    const quoted = quotedLength(quotations, sentence.start, sentence.end);
    // The speech-verb scan is only needed for a sentence that opens with a quote.
    const bareQuote = OPENING_QUOTE.test(sentenceText) && !speakerSentences.has(i) && !SPEECH_VERBS.test(sentenceText);
    const original = sentences[i];
    const paragraph = paragraphs[original?.paragraph ?? -1];
    const opener = firstWord(forms);
    // Written by position (FEATURE_INDEX) into the article's arena: a record per sentence, copied
    // into an array by name, was a fifth of the per-sentence cost.
    const f = arena.float64(FEATURE_COUNT);
    f[F.leadPosition] = 1 / (i + 1);
    f[F.firstSentence] = i === 0 ? 1 : 0;
    f[F.relativePosition] = n > 1 ? i / (n - 1) : 0;
    f[F.paragraphOpening] = i > 0 && paragraphs.length > 1 && paragraph?.start === original?.start ? 1 : 0;
    f[F.length] = Math.min(wordCount, 60) / 60;
    f[F.short] = wordCount < 8 ? 1 : 0;
    f[F.long] = wordCount > 55 ? 1 : 0;
    f[F.centrality] = (rank[i] ?? 0) / maxRank;
    f[F.overlapCentrality] = (overlapRank[i] ?? 0) / maxOverlapRank;
    f[F.forwardCentrality] = (forward[i] ?? 0) / maxForward;
    f[F.centroidSimilarity] = cosineWithDense(vectors[i] as TermVector, center);
    // The cosine to the lead is already in the similarity graph (1 for the lead itself).
    f[F.leadSimilarity] = (similarity[i] as Float64Array)[0] as number;
    f[F.titleOverlap] = titleStems.length === 0 ? 0 : titleHits / titleStems.length;
    f[F.entitySalience] = (entityScores[i] ?? 0) / maxEntityScore;
    f[F.hasNumber] = hasNumber;
    // The summed log counts are the sentence's topic mass; averaged, its word salience.
    f[F.wordSalience] = contentWords === 0 ? 0 : (masses[i] as number) / contentWords / maxLogCount;
    f[F.topicMass] = (masses[i] ?? 0) / maxMass;
    f[F.quoteShare] = sentenceText.length === 0 ? 0 : Math.min(1, quoted / sentenceText.length);
    f[F.backReference] = BACK_REFERENCE_OPENINGS.has(opener) ? 1 : 0;
    f[F.connectiveOpening] = CONNECTIVE_OPENINGS.has(opener) ? 1 : 0;
    f[F.bareQuote] = bareQuote ? 1 : 0;
    f[F.boilerplate] = isBoilerplate(sentenceText) ? 1 : 0;
    f[F.question] = endsInQuestion(sentenceText) ? 1 : 0;
    return { index: i, start: sentence.start, end: sentence.end, text: sentenceText, words: forms, vector: vectors[i] as TermVector, features: f };
  });
  return { sentences: profiles, similarity, vocabulary: words, stemCounts };
}
