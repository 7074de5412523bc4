import { analyze } from '../../shared/nlp/analyze';
import { DecodeError } from '../../shared/nlp/decode/decode-error';
import { logLogSlope } from '../bench/stats.mjs';

/**
 * Inputs built to hurt a text pipeline: long runs of what its rules scan for (quote marks,
 * backslashes, brackets), nothing they can split on (one long word, no spaces), and the
 * quote/cue patterns repeated until every look-around has work. Each is built to an exact size.
 */
export const PATHOLOGICAL_INPUTS: readonly { readonly name: string; readonly file: string; readonly unit: string }[] = [
  { name: 'straight double quotes', file: 'quotes.txt', unit: '"' },
  { name: 'curly quotes, unbalanced', file: 'curly.txt', unit: '“a ' },
  { name: 'quote, cue, quote', file: 'cues.txt', unit: '"We will," he said. "Now." ' },
  { name: 'single quotes and apostrophes', file: 'single.txt', unit: "'it's' " },
  { name: 'backslashes', file: 'backslashes.txt', unit: '\\' },
  { name: 'nested brackets (open run)', file: 'brackets.txt', unit: '([{' },
  { name: 'one long word, no spaces', file: 'word.txt', unit: 'a' },
  { name: 'abbreviations, no sentence end', file: 'abbreviations.txt', unit: 'U.S. Mr. Dr. Jan. ' },
  { name: 'one-word sentences', file: 'sentences.txt', unit: 'Putin said. ' },
  { name: 'names without punctuation', file: 'names.txt', unit: 'Jane Smith ' },
  { name: 'paragraph breaks', file: 'paragraphs.txt', unit: 'A.\n\n' },
  { name: 'nested HTML elements', file: 'nested.html', unit: '<div><b>' },
  { name: 'Markdown emphasis and links', file: 'emphasis.md', unit: '*_[a](' },
];

/** `unit` repeated to exactly `bytes` bytes of UTF-8 (a multi-byte unit is never cut). */
export function inputOfSize(unit: string, bytes: number): Uint8Array {
  const unitBytes = new TextEncoder().encode(unit);
  const out = new Uint8Array(bytes);
  for (let offset = 0; offset < bytes; offset += unitBytes.byteLength) out.set(unitBytes.subarray(0, Math.min(unitBytes.byteLength, bytes - offset)), offset);
  // A cut multi-byte character at the end would make it "not UTF-8": pad the tail with spaces instead.
  const tail = bytes % unitBytes.byteLength;
  if (tail > 0 && [...unit].length !== unitBytes.byteLength) out.fill(0x20, bytes - tail);
  return out;
}

export interface ScalingRow {
  readonly name: string;
  /** CPU milliseconds per size, in the order of `sizes`; undefined when skipped (the previous size was already over budget). */
  readonly milliseconds: readonly (number | undefined)[];
  readonly outcome: string;
  /** Growth exponent fitted over the measured sizes (log-log slope): 1 is linear, 2 quadratic. */
  readonly exponent: number | undefined;
  readonly superLinear: boolean;
}

/** Above this exponent, growth is flagged: n log n stays well under it over a 4× range, quadratic is far above. */
export const SUPER_LINEAR_EXPONENT = 1.3;

/**
 * CPU time of this process, not wall time: on a shared machine the wall clock mostly measures
 * the neighbours, while CPU time (garbage collection included) is what the input costs.
 */
const timeOnce = (bytes: Uint8Array, file: string) => {
  const before = process.cpuUsage();
  const result = analyze(bytes, file, { maxBytes: 4 * 1024 * 1024 });
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, result };
};

/** Least-squares slope of log(time) against log(size): the growth exponent over every measured size. */
function growthExponent(points: readonly { readonly size: number; readonly ms: number }[]): number | undefined {
  if (points.length < 2) return undefined;
  return logLogSlope(points.map((p) => ({ x: p.size, y: Math.max(p.ms, 0.01) })));
}

/**
 * Times analyze() on each pathological input at each size (best CPU time of `repeats`), skipping larger
 * sizes once one takes longer than `budgetMs`, and flags growth faster than linear.
 */
export function measureScaling(sizes: readonly number[], options: { readonly repeats: number; readonly budgetMs: number; readonly onRow?: (row: ScalingRow) => void }): ScalingRow[] {
  const rows: ScalingRow[] = [];
  for (const input of PATHOLOGICAL_INPUTS) {
    const milliseconds: (number | undefined)[] = [];
    let outcome = '';
    let overBudget = false;
    for (const size of sizes) {
      if (overBudget) {
        milliseconds.push(undefined);
        continue;
      }
      const bytes = inputOfSize(input.unit, size);
      let best = Infinity;
      for (let i = 0; i < options.repeats; i++) {
        const { ms, result } = timeOnce(bytes, input.file);
        best = Math.min(best, ms);
        outcome = result instanceof DecodeError ? `refused: ${result.code}` : `${result.attributed.segmented.sentences.length} sentences, ${result.attributed.quotes.length} quotes`;
        if (ms > options.budgetMs) break;
      }
      milliseconds.push(best);
      overBudget = best > options.budgetMs;
    }
    const measured = sizes.map((size, i) => ({ size, ms: milliseconds[i] })).filter((m): m is { size: number; ms: number } => m.ms !== undefined);
    // Timings of a few milliseconds are noise; an input refused or trivially fast cannot grow badly.
    const exponent = (measured.at(-1)?.ms ?? 0) > 20 ? growthExponent(measured) : undefined;
    const row = { name: input.name, milliseconds, outcome, exponent, superLinear: overBudget || (exponent !== undefined && exponent > SUPER_LINEAR_EXPONENT) };
    options.onRow?.(row);
    rows.push(row);
  }
  return rows;
}
