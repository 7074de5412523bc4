import { describe, expect, it } from 'vitest';
import { checkJsonSchema } from './json-schema-check';

const components = {
  Span: { type: 'object', properties: { start: { type: 'integer', minimum: 0 }, text: { type: 'string' } }, required: ['start', 'text'], additionalProperties: false },
};

describe('the test-side JSON Schema checker', () => {
  it('accepts a value that fits, through $ref, nullable types and arrays', () => {
    const schema = { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Span' } }, cursor: { type: ['string', 'null'] } }, required: ['items', 'cursor'] };
    expect(checkJsonSchema({ items: [{ start: 0, text: 'a' }], cursor: null }, schema, components)).toEqual([]);
  });

  it('reports a wrong type, a missing field, an extra field, a bad enum and a failed pattern', () => {
    const errors = checkJsonSchema({ start: -1 }, { $ref: '#/components/schemas/Span' }, components);
    expect(errors).toHaveLength(2);
    expect(errors).toEqual(expect.arrayContaining(['$: missing text', '$.start: -1 < 0']));
    expect(checkJsonSchema({ start: 0, text: 'a', extra: 1 }, { $ref: '#/components/schemas/Span' }, components)).toEqual(['$.extra: not allowed']);
    expect(checkJsonSchema('x', { type: 'string', enum: ['y'] }, components)).toHaveLength(1);
    expect(checkJsonSchema('abc', { type: 'string', pattern: '^[0-9]+$' }, components)).toHaveLength(1);
    expect(checkJsonSchema(1.5, { type: 'integer' }, components)).toHaveLength(1);
  });

  it('refuses to check a schema with a keyword it does not know', () => {
    expect(() => checkJsonSchema(1, { type: 'number', multipleOf: 2 }, components)).toThrow(/multipleOf/);
  });
});
