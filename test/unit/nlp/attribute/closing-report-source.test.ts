import { describe, expect, it } from 'vitest';
import { closingReportSource } from '../../../../shared/nlp/attribute/closing-report-source';
import { documentTokens } from '../../../../shared/nlp/quotes/document-tokens';
import { segmentText, slice } from '../quotes/document';
import { sourceOfCue } from './source-of';

describe('a report that closes its sentence', () => {
  it('credits a cue inside the sentence to the subject of the closing report', () => {
    const text = 'While Mrs. Clinton has devoted much of her time to speaking out against the crime bill, she can now more safely embrace the Bill Clinton years, Democrats said.';
    expect(sourceOfCue(text, 'has devoted')).toBe('Democrats');
  });

  it('takes no clause for the closing subject', () => {
    const text = 'Trump has argued for a wall on the border for a year, but neither side would say.';
    expect(sourceOfCue(text, 'has argued')).toBe('Trump');
  });

  // Called directly: the quote finder no longer keeps a stance nested in another quotation's
  // content ("the videos do not show …" inside what Bamberg said), which is where this arises.
  it('leaves a report that closes a relative clause to that clause', () => {
    const closingSource = (text: string): string | null => {
      const { tokens } = documentTokens(text, segmentText(text).paragraphs);
      const cueStart = text.indexOf('do not show');
      const cue = { start: cueStart, end: cueStart + 'do not show'.length };
      const quotation = { start: cue.end + 1, end: text.indexOf(' hands') + ' hands'.length };
      return slice(text, closingReportSource(tokens, cue, quotation, text.length));
    };
    expect(closingSource('Bamberg also said the videos do not show whether Scott has anything in his hands, which he said were at his side, the footage showed.')).toBeNull();
    expect(closingSource('Bamberg also said the videos do not show whether Scott has anything in his hands, the footage showed.')).toBe('the footage');
  });
});
