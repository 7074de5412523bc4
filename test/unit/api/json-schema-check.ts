/**
 * A small JSON Schema 2020-12 checker for the keywords the OpenAPI document uses, so tests can
 * validate real responses against the document itself. An unknown keyword throws: the checker
 * never passes a value because it did not understand the schema.
 */
type Schema = Record<string, unknown> | boolean;

const IGNORED = new Set(['description', 'default', 'title', 'examples', '$schema', 'format', 'contentEncoding']);
const KNOWN = new Set([
  'type', 'properties', 'required', 'additionalProperties', 'items', 'enum', 'const', 'anyOf', 'oneOf', 'allOf', '$ref',
  'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'pattern', 'propertyNames', 'minItems', 'maxItems',
]);

const typeOf = (value: unknown): string => {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
};

const typeMatches = (value: unknown, type: string): boolean => {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
};

export function checkJsonSchema(value: unknown, schema: Schema, components: Readonly<Record<string, Schema>>, path = '$'): string[] {
  if (schema === true) return [];
  if (schema === false) return [`${path}: not allowed`];
  for (const keyword of Object.keys(schema)) if (!KNOWN.has(keyword) && !IGNORED.has(keyword)) throw new Error(`json-schema-check does not know "${keyword}" (at ${path})`);
  const errors: string[] = [];
  const sub = (v: unknown, s: Schema, p: string) => checkJsonSchema(v, s, components, p);

  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    const target = components[name];
    if (target === undefined) throw new Error(`unresolved $ref ${schema.$ref}`);
    errors.push(...sub(value, target, path));
  }
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string];
    if (!types.some((type) => typeMatches(value, type))) return [...errors, `${path}: expected ${types.join('|')}, got ${typeOf(value)}`];
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => option === value)) errors.push(`${path}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if ('const' in schema && schema.const !== value) errors.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.allOf)) for (const part of schema.allOf as Schema[]) errors.push(...sub(value, part, path));
  if (Array.isArray(schema.anyOf) && !(schema.anyOf as Schema[]).some((part) => sub(value, part, path).length === 0)) errors.push(`${path}: matches none of anyOf`);
  if (Array.isArray(schema.oneOf) && (schema.oneOf as Schema[]).filter((part) => sub(value, part, path).length === 0).length !== 1) errors.push(`${path}: does not match exactly one of oneOf`);

  if (typeof value === 'number') {
    if (typeof schema.minimum === 'number' && value < schema.minimum) errors.push(`${path}: ${value} < ${schema.minimum}`);
    if (typeof schema.maximum === 'number' && value > schema.maximum) errors.push(`${path}: ${value} > ${schema.maximum}`);
    if (typeof schema.exclusiveMinimum === 'number' && value <= schema.exclusiveMinimum) errors.push(`${path}: ${value} <= ${schema.exclusiveMinimum}`);
    if (typeof schema.exclusiveMaximum === 'number' && value >= schema.exclusiveMaximum) errors.push(`${path}: ${value} >= ${schema.exclusiveMaximum}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && value.length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`);
  }
  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`);
    if (schema.items !== undefined) value.forEach((item, index) => errors.push(...sub(item, schema.items as Schema, `${path}[${index}]`)));
  }
  if (typeOf(value) === 'object') {
    const object = value as Record<string, unknown>;
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    for (const name of (schema.required ?? []) as string[]) if (!(name in object)) errors.push(`${path}: missing ${name}`);
    for (const [name, property] of Object.entries(object)) {
      if (schema.propertyNames !== undefined) errors.push(...sub(name, schema.propertyNames as Schema, `${path}{${name}}`));
      const declared = properties[name];
      if (declared !== undefined) errors.push(...sub(property, declared, `${path}.${name}`));
      else if (schema.additionalProperties !== undefined) errors.push(...sub(property, schema.additionalProperties as Schema, `${path}.${name}`));
    }
  }
  return errors;
}
