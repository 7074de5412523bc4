import { NESTED_REPORT_CUES, SUBJECT_VERB_FILLERS } from '../lang/en/cue-phrases';
import type { Quotation } from '../types';

const WORD = /[\p{L}\p{N}]+/gu;

/** The cue's first word that is no auxiliary or adverb: "has also said" → "said". */
function cueHead(text: string, q: Quotation): string {
  if (!q.cue) return '';
  const words = text.slice(q.cue.start, q.cue.end).toLowerCase().match(WORD) ?? [];
  for (const w of words) if (!SUBJECT_VERB_FILLERS.has(w) && !(w.endsWith('ly') && w.length > 4)) return w;
  return words[0] ?? '';
}

/**
 * Drops quotations that lie inside another quotation's content, unless they are reported speech a
 * speech verb opens (NESTED_REPORT_CUES). In "Cruz told reporters that he believes the race is over"
 * annotators mark what Cruz told, not a stance of his within it ("believes", "wants", "called"), nor a
 * quoted fragment within it: such nested quotations were right 27% of the time on PolNeAR train, while a
 * nested indirect "said" or "according to" was right more often than not. `quotations` must be in text
 * order (by start, then end); linear in their number.
 */
export function withoutNestedStances(text: string, quotations: Quotation[]): Quotation[] {
  let kept: Quotation[] | null = null;
  /** The furthest end of the quotations that start before the current group. */
  let reach = -1;
  for (let i = 0; i < quotations.length; ) {
    // A group of quotations with one start, shortest first: all but the first of the longest lie inside another.
    const start = (quotations[i] as Quotation).start;
    let j = i;
    let longest = i;
    for (; j < quotations.length && (quotations[j] as Quotation).start === start; j++) if ((quotations[j] as Quotation).end > (quotations[longest] as Quotation).end) longest = j;
    for (let k = i; k < j; k++) {
      const q = quotations[k] as Quotation;
      const nested = q.end <= reach || k !== longest;
      if (nested && !(q.kind === 'indirect' && NESTED_REPORT_CUES.has(cueHead(text, q)))) {
        kept ??= quotations.slice(0, k);
        continue;
      }
      kept?.push(q);
    }
    reach = Math.max(reach, (quotations[longest] as Quotation).end);
    i = j;
  }
  return kept ?? quotations;
}
