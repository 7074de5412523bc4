import { describe, expect, it } from 'vitest';
import { lead, textRank } from '../../../../shared/nlp/summarize/baselines';
import type { Span } from '../../../../shared/nlp/types';

const SENTENCES = [
  'Floods hit the northern valley on Sunday.',
  'The floods in the valley forced thousands of families from their homes.',
  'A local bakery celebrated its centenary.',
  'Rescue teams reached the flooded valley homes by boat.',
  'The weather will be dry on Thursday.',
];
const text = SENTENCES.join(' ');
const spans: Span[] = [];
let offset = 0;
for (const s of SENTENCES) {
  spans.push({ start: offset, end: offset + s.length });
  offset += s.length + 1;
}

describe('baselines', () => {
  it('Lead-k takes the first k sentences', () => {
    expect(lead(spans, 3)).toEqual(spans.slice(0, 3));
    expect(lead(spans, 10)).toEqual(spans);
    expect(lead(spans, 0)).toEqual([]);
  });

  it('TextRank-k takes the k sentences most connected to the rest, in article order', () => {
    const picked = textRank(text, spans, 2);
    expect(picked).toHaveLength(2);
    for (const p of picked) expect(text.slice(p.start, p.end)).toBe(p.text);
    expect(picked[0]?.start).toBeLessThan(picked[1]?.start ?? 0);
    const texts = picked.map((p) => p.text);
    expect(texts.some((t) => t.includes('bakery'))).toBe(false);
    expect(texts.some((t) => t.includes('Thursday'))).toBe(false);
  });
});
