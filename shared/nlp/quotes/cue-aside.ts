import type { Token } from './tokens';

/** Words an aside between a cue and its "that" may have: "said, among other things, that", "told POLITICO, however, that". */
const MAX_ASIDE_WORDS = 5;

/**
 * For a comma right after a cue (at `comma`), the index of the "that" that follows a short aside in commas
 * ("said, however, that …", "said, per a translator, that …", "added, though, that …"), or -1. The content
 * clause opens at that "that"; without this step the comma ends the forward search and the frame finds no
 * content. Only words may stand in the aside, and the "that" must have a word or a quotation after it.
 */
export function thatAfterCueAside(tokens: readonly Token[], comma: number, end: number): number {
  if (tokens[comma]?.lower !== ',') return -1;
  for (let k = comma + 1; k < end && k - comma <= MAX_ASIDE_WORDS + 1; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word') continue;
    if (t.lower !== ',' || k === comma + 1) return -1;
    const that = tokens[k + 1];
    // The clause after "that" may open with a quotation: "said, without evidence, that “they are …”".
    return that?.lower === 'that' && k + 2 < end && tokens[k + 2]?.kind !== 'punct' ? k + 1 : -1;
  }
  return -1;
}
