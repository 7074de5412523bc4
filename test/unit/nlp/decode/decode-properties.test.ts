import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../../shared/nlp/decode/decode';
import { DecodeError } from '../../../../shared/nlp/decode/decode-error';

const NAMES = ['a.txt', 'a.md', 'a.html', 'a.htm'] as const;
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Characters the decoders react to, so random inputs hit their rules often. */
const markupChar = fc.constantFrom('<', '>', '/', 'p', 'br', 'div', 'script', '&amp;', '&', ';', '#', '*', '_', '`', '~', '[', ']', '(', ')', '!', '>', '-', '1.', ' ', '  ', '\t', '\n', '\r\n', '\r', 'a', 'Z', '“', '”', '"', '\u00a0', '\uFEFF', '\\', '=', '|');

/** What every decoded text promises the later stages. */
function expectNormalized(text: string): void {
  expect(text.length).toBeGreaterThan(0);
  expect(text).not.toMatch(/\r|\uFEFF|\t| {2}|\n{3}/);
  for (const line of text.split('\n')) expect(line).toBe(line.trim());
  expect(text).toBe(text.trim());
}

describe('decode properties', () => {
  it('never throws on arbitrary bytes, and returns a normalized document or a typed error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...NAMES), (bytes, name) => {
        const result = decode(bytes, name);
        if (result instanceof DecodeError) expect(['empty', 'binary', 'not-utf8']).toContain(result.code);
        else expectNormalized(result.text);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on markup-heavy text and keeps its output normalized', () => {
    fc.assert(
      fc.property(fc.array(markupChar, { maxLength: 200 }), fc.constantFrom(...NAMES), (chars, name) => {
        const result = decode(utf8(chars.join('')), name);
        if (result instanceof DecodeError) expect(result.code).toBe('empty');
        else expectNormalized(result.text);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps every word of plain text in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z.,"“”]{1,12}$/), { minLength: 1, maxLength: 40 }), fc.array(fc.constantFrom(' ', '\n', '\r\n', '\t', '  '), { minLength: 40, maxLength: 40 }), (words, gaps) => {
        const result = decode(utf8(words.map((word, i) => word + gaps[i]).join('')), 'words.txt');
        if (result instanceof DecodeError) throw result;
        expect(result.text.split(/\s+/)).toEqual(words);
      }),
      { numRuns: 200 },
    );
  });
});

describe('decode on pathological input', () => {
  const MEGABYTE = 1024 * 1024;
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['nested HTML elements', `${'<div><span>'.repeat(MEGABYTE / 22)}text`, 'deep.html'],
    ['unclosed HTML comments and tags', '<!-- <p <a href="'.repeat(MEGABYTE / 17), 'broken.html'],
    ['Markdown brackets without closers', '[!['.repeat(MEGABYTE / 3), 'brackets.md'],
    ['Markdown link openers', '[a]('.repeat(MEGABYTE / 4), 'links.md'],
    ['Markdown emphasis marks', '*_~'.repeat(MEGABYTE / 3), 'stars.md'],
    ['Markdown autolink openers', '<https://'.repeat(MEGABYTE / 9), 'autolinks.md'],
    ['Markdown headings and quotes', '> # > - 1. '.repeat(MEGABYTE / 11), 'blocks.md'],
    ['plain-text lower-case lines', 'and then\n'.repeat(MEGABYTE / 9), 'lines.txt'],
  ];

  it.each(cases)('decodes 1 MB of %s in well under a second', (_, text, name) => {
    const started = performance.now();
    const result = decode(utf8(text), name);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result).toBeDefined();
  });
});
