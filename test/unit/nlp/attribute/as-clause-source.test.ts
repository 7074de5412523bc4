import { describe, expect, it } from 'vitest';
import { sourceOf } from './source-of';

describe('a reporting "as" clause', () => {
  it('credits a quotation that follows it in its sentence to its subject', () => {
    const text = 'Garland met senators on Wednesday.\n\nAs The Post’s Dana Milbank puts it, "Senate Republicans are unmoved, and liberal activists are uninspired."';
    expect(sourceOf(text, 'Senate Republicans')).toBe('The Post’s Dana Milbank');
  });

  it('takes the report over the subject of the clause it opens, without the adverbs before its verb', () => {
    const text = 'The talks went on. As The Post’s Ruth Marcus first noted, Obama is trying to make Republicans "an offer they can’t afford to refuse."';
    expect(sourceOf(text, 'an offer')).toBe('The Post’s Ruth Marcus');
  });

  it('allows a circumstance between "put it" and the comma', () => {
    const text = 'RT calls itself an alternative. As Ms. Simonyan put it in a statement to my colleague in July, RT is "providing a perspective you won’t get elsewhere."';
    expect(sourceOf(text, 'providing a perspective')).toBe('Ms. Simonyan');
  });

  it('is no report inside a subordinate clause', () => {
    const text = 'If, as I have suggested, he benefits from the deduction, Trump said "it is all legal."';
    expect(sourceOf(text, 'all legal')).toBe('Trump');
  });
});
