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
 * order; O(n log n) in their number.
 */
export function withoutNestedStances(text: string, quotations: readonly Quotation[]): Quotation[] {
  // By start, the longer first: a quotation is nested when an earlier one in this order reaches its end.
  const order = quotations.map((_, i) => i).sort((a, b) => (quotations[a] as Quotation).start - (quotations[b] as Quotation).start || (quotations[b] as Quotation).end - (quotations[a] as Quotation).end);
  const nested = new Set<number>();
  let reach = -1;
  for (const i of order) {
    const q = quotations[i] as Quotation;
    if (q.end <= reach && (q.kind !== 'indirect' || !NESTED_REPORT_CUES.has(cueHead(text, q)))) nested.add(i);
    reach = Math.max(reach, q.end);
  }
  return nested.size === 0 ? [...quotations] : quotations.filter((_, i) => !nested.has(i));
}
