import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decode } from '../../../../shared/nlp/decode/decode';
import { isDecodeError } from '../../../../shared/nlp/decode/decode-error';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const cases = readdirSync(fixtures).filter((name) => name.startsWith('decode-'));

interface Expected {
  readonly format: string;
  readonly title: string | null;
  readonly text: string;
}

describe('decode fixtures', () => {
  it('finds the fixture folders', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });

  for (const name of cases) {
    it(`decodes ${name} as its expected.json says`, () => {
      const folder = `${fixtures}${name}/`;
      const input = readdirSync(folder).find((file) => file.startsWith('input.'));
      expect(input, `${name} has an input.* file`).toBeDefined();
      expect(readdirSync(folder), `${name} says why it is there`).toContain('README.md');
      const bytes = readFileSync(`${folder}${input}`);
      const expected = JSON.parse(readFileSync(`${folder}expected.json`, 'utf8')) as Expected;

      const document = decode(new Uint8Array(bytes), input!);

      if (isDecodeError(document)) throw document;
      expect({ format: document.format, title: document.title, text: document.text }).toEqual(expected);
      expect(document.byteLength).toBe(bytes.byteLength);
    });
  }
});
