import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapseWhitespace } from '../../../../shared/nlp/decode/collapse-whitespace';

/** What collapseWhitespace is specified to do, written the slow, obvious way. */
const reference = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0020\u007f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]+/gu, ' ').replace(/^ | $/g, '');

/** Text made of words and every kind of space the collapser handles, in runs and at the ends. */
const spacedText = fc
  .array(fc.oneof(fc.constantFrom('word', 'Ünï', '“q”', '3.5'), fc.constantFrom(' ', '  ', '\t', '\n', '\r', '\u00a0', '\u2009', '\u3000', '\ufeff', '\u0001', '\u007f', '\u2028', ' \n ')), { maxLength: 30 })
  .map((parts) => parts.join(''));

describe('collapseWhitespace', () => {
  it('turns every run of spaces into one and trims the ends, whether or not the text needed it', () => {
    fc.assert(
      fc.property(fc.oneof(spacedText, fc.string({ unit: 'binary' })), (text) => {
        expect(collapseWhitespace(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns text that is already collapsed as it is', () => {
    const line = 'Putin said the talks were “constructive and useful”.';
    expect(collapseWhitespace(line)).toBe(line);
    expect(collapseWhitespace(`  ${line}\t`)).toBe(line);
    expect(collapseWhitespace('a  b')).toBe('a b');
    expect(collapseWhitespace('a\u00a0b')).toBe('a b');
    expect(collapseWhitespace('')).toBe('');
  });
});
