import { describe, expect, it } from 'vitest';
import { MAX_CANDIDATES, profileArticle } from '../../../../shared/nlp/summarize/sentence-features';
import { summarize } from '../../../../shared/nlp/summarize/summarize';
import { attributedFromSentences } from './build-attributed';

describe('summarize on a very long input', () => {
  // About 2 MB: 16,000 sentences. The later ones repeat the article's words most, so a
  // method without a cap would both slow down quadratically and reach for them.
  const paragraphs = Array.from({ length: 4000 }, (_, p) =>
    Array.from({ length: 4 }, (_, i) =>
      p * 4 + i < MAX_CANDIDATES
        ? `Item ${p * 4 + i} reports that the harbour authority in town number ${p} opened a new ferry line this week for ${i + 2} hundred passengers.`
        : `The harbour ferry harbour ferry harbour ferry line ${p} ${i} carried passengers across the harbour on the ferry line every single day of the long and busy summer.`,
    ),
  );
  const attributed = attributedFromSentences(paragraphs);

  it('picks summary sentences only among the first MAX_CANDIDATES', () => {
    const summary = summarize(attributed, { sentences: 5 });
    expect(attributed.segmented.document.text.length).toBeGreaterThan(2_000_000);
    expect(summary.sentences).toHaveLength(5);
    const lastCandidateEnd = attributed.segmented.sentences[MAX_CANDIDATES - 1]?.end ?? 0;
    for (const s of summary.sentences) expect(s.end).toBeLessThanOrEqual(lastCandidateEnd);
  });

  // The quadratic part (the sentence graphs) is bounded by the candidates, not the input: checked
  // on the sizes it is built from, not with a clock (speed is `npm run bench`'s business).
  it('builds its sentence graphs over MAX_CANDIDATES sentences only', () => {
    const profile = profileArticle(attributed);
    expect(profile.sentences).toHaveLength(MAX_CANDIDATES);
    expect(profile.similarity).toHaveLength(MAX_CANDIDATES);
    for (const row of profile.similarity) expect(row).toHaveLength(MAX_CANDIDATES);
  });
});
