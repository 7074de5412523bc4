import { describe, expect, it } from 'vitest';
import { EXTRACT_MODEL, HIGHLIGHTS_MODEL } from '../../../../shared/nlp/summarize/learned-weights';
import { HIGHLIGHTS_UP_TO, modelFor } from '../../../../shared/nlp/summarize/sentence-model';

describe('modelFor', () => {
  it('uses the highlights model up to three sentences and the extract model beyond', () => {
    for (let k = 0; k <= HIGHLIGHTS_UP_TO; k++) expect(modelFor(k)).toBe(HIGHLIGHTS_MODEL);
    for (let k = HIGHLIGHTS_UP_TO + 1; k <= 40; k++) expect(modelFor(k)).toBe(EXTRACT_MODEL);
  });

  it('was learned to put the lead first and to mark quotes down for highlights', () => {
    expect(HIGHLIGHTS_MODEL.weights.leadPosition).toBeGreaterThan(1);
    expect(HIGHLIGHTS_MODEL.weights.quoteShare).toBeLessThan(0);
  });

  it('was learned to weigh recurring words more than position for long extracts', () => {
    expect(EXTRACT_MODEL.weights.wordSalience).toBeGreaterThan(EXTRACT_MODEL.weights.leadPosition);
  });
});
