import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../../../shared/nlp/attribute/attribute';
import { findQuotations } from '../../../../shared/nlp/quotes/find-quotations';
import type { Quotation } from '../../../../shared/nlp/types';
import { segmentText } from './document';
import { documentFromText } from '../../../../shared/nlp/document-from-text';

interface ExpectedQuotation {
  readonly kind: string;
  readonly text?: string;
  readonly contains?: string;
  readonly cue: string;
  readonly pieces?: number;
}

const fixtures = join(__dirname, '../../../fixtures');
const cases = readdirSync(fixtures).filter((d) => d.startsWith('quotes-'));

const matches = (text: string, q: Quotation, e: ExpectedQuotation): boolean =>
  (e.text === undefined || q.text === e.text) && (e.contains === undefined || q.text.includes(e.contains));

describe('findQuotations fixtures', () => {
  it('has fixtures to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const name of cases) {
    const text = readFileSync(join(fixtures, name, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as { reason: string; quotations: ExpectedQuotation[] };
    it(`${name}: ${expected.reason}`, () => {
      const { quotations } = segmentText(text);
      for (const e of expected.quotations) {
        const q = quotations.find((candidate) => matches(text, candidate, e));
        expect(q, `no quotation ${e.text ?? e.contains} in ${JSON.stringify(quotations.map((x) => x.text))}`).toBeDefined();
        if (!q) continue;
        expect(q.kind).toBe(e.kind);
        expect(q.cue && text.slice(q.cue.start, q.cue.end)).toBe(e.cue);
        if (e.pieces !== undefined) expect(q.pieces?.length).toBe(e.pieces);
      }
      if (expected.quotations.length === 0) expect(quotations.map((q) => q.text)).toEqual([]);
    });
  }
});

describe('findQuotations spans', () => {
  it('gives every quotation text equal to its slice and pieces inside its span', () => {
    for (const name of cases) {
      const text = readFileSync(join(fixtures, name, 'input.txt'), 'utf8');
      for (const q of segmentText(text).quotations) {
        expect(text.slice(q.start, q.end)).toBe(q.text);
        for (const p of q.pieces ?? []) {
          expect(p.start).toBeGreaterThanOrEqual(q.start);
          expect(p.end).toBeLessThanOrEqual(q.end);
        }
      }
    }
  });

  it('keeps the quote marks out of a direct quotation', () => {
    const text = '“We made real progress,” Trump said.';
    const [q] = segmentText(text).quotations;
    expect(q?.text).toBe('We made real progress,');
  });

  it('does not take an apostrophe for a closing single quote', () => {
    const text = "Trump's aides said the president's plan was 'ready to go' by Friday.";
    const quotations = segmentText(text).quotations;
    expect(quotations.some((q) => q.text === 'ready to go')).toBe(false);
    expect(quotations.find((q) => q.cue && text.slice(q.cue.start, q.cue.end) === 'said')?.text).toContain("'ready to go'");
  });
});

/** CPU time, not wall time: the test machine is shared, and what matters here is the work done. */
function cpuMillis(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

describe('findQuotations and attribute speed', () => {
  it('handles 1 MB of quote marks in under a second (no backtracking)', () => {
    const text = '"“«„\'‘ ”»’'.repeat(100_000);
    const whole = [{ start: 0, end: text.length }];
    const millis = cpuMillis(() => {
      const quotations = findQuotations(text, whole, [{ ...whole[0]!, paragraph: 0 }]);
      attribute({ document: documentFromText('marks', text), paragraphs: whole, sentences: [], quotations });
    });
    expect(millis).toBeLessThan(1000);
  });

  it('handles 1 MB of unclosed quotations across paragraphs in under a second', () => {
    const text = '"He said that\n'.repeat(1_000_000 / 14);
    const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    const millis = cpuMillis(() => {
      const quotations = findQuotations(text, paragraphs, []);
      attribute({ document: documentFromText('open', text), paragraphs, sentences: [], quotations });
    });
    expect(millis).toBeLessThan(1000);
  });

  it('grows linearly: ten times the text costs well under a hundred times the time', () => {
    const unit = 'Putin said "we hope" and Trump told reporters that the talks, he said, were "great." ';
    const small = unit.repeat(1_000);
    const large = unit.repeat(10_000);
    const run = (text: string) => () => attribute(segmentText(text));
    cpuMillis(run(small));
    const t1 = cpuMillis(run(small));
    const t10 = cpuMillis(run(large));
    expect(t10).toBeLessThan(Math.max(30 * t1, 200));
  });
});
