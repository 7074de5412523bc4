import type { Paragraph, Sentence } from '../types';
import type { Token } from './tokens';

const LONG_UNIT_TOKENS = 120;
const MAX_UNIT_TOKENS = 400;

/** Token range [first, end) of one sentence, widened so that no quotation is cut in two. */
export interface ClauseUnit {
  readonly first: number;
  readonly end: number;
  readonly paragraph: number;
  /** Index of the sentence the unit starts in. */
  readonly sentence: number;
}

/**
 * Groups tokens by sentence. A quotation token spans whatever sentence breaks the splitter put
 * inside it, so a sentence split inside a quotation merges the two sentences here.
 */
export function clauseUnits(tokens: readonly Token[], paragraphs: readonly Paragraph[], sentences: readonly Sentence[]): ClauseUnit[] {
  const units: ClauseUnit[] = [];
  let s = 0;
  let p = 0;
  let current: { first: number; paragraph: number; sentence: number } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let boundary = current === null;
    // A break that falls inside the previous token (a quotation) does not end the unit.
    const previousEnd = i > 0 ? (tokens[i - 1] as Token).end : 0;
    while (p + 1 < paragraphs.length && (paragraphs[p + 1] as Paragraph).start <= t.start) {
      p++;
      if ((paragraphs[p] as Paragraph).start >= previousEnd) boundary = true;
    }
    while (s + 1 < sentences.length && (sentences[s + 1] as Sentence).start <= t.start) {
      s++;
      if ((sentences[s] as Sentence).start >= previousEnd) boundary = true;
    }
    // A runaway sentence (no breaks found, or a splitter that keeps quotes together) is cut so per-unit work stays bounded.
    if (current && !boundary && i - current.first >= LONG_UNIT_TOKENS) {
      const previous = tokens[i - 1] as Token;
      const endsSentence = previous.lower === '.' || previous.lower === '!' || previous.lower === '?' || previous.endsSentence === true;
      if (endsSentence || i - current.first >= MAX_UNIT_TOKENS) boundary = true;
    }
    if (boundary) {
      // Spelled out rather than spread: a spread is a slow generic copy, and this runs once per sentence.
      if (current) units.push({ first: current.first, paragraph: current.paragraph, sentence: current.sentence, end: i });
      current = { first: i, paragraph: p, sentence: s };
    }
  }
  if (current) units.push({ first: current.first, paragraph: current.paragraph, sentence: current.sentence, end: tokens.length });
  return units;
}
