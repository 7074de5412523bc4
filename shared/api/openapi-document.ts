import * as z from 'zod/mini';
import { responseSchemas } from './response-schemas';
import type { RouteDefinition } from './route-definition';

type JsonSchema = Record<string, unknown>;

const COMPONENT_PREFIX = '#/components/schemas/';
const problemContent = { 'application/problem+json': { schema: { $ref: `${COMPONENT_PREFIX}Problem` } } };

/**
 * The JSON Schema of every registered response schema, keyed by component name, with `$ref`s
 * between them. `$schema` and `$id` are dropped: OpenAPI 3.1 sets the dialect for the whole
 * document, and a fragment-only `$id` is not allowed in JSON Schema 2020-12.
 */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(responseSchemas, { target: 'draft-2020-12', io: 'output', uri: (id) => `${COMPONENT_PREFIX}${id}` });
  return Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
      return [name, rest];
    }),
  );
}

/** A parameter's schema as a client sends it (io: input), e.g. `limit` is an integer with a default. */
function parameterSchema(schema: z.ZodMiniType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(route: RouteDefinition) {
  const path = Object.entries(route.params.shape).map(([name, schema]) => ({ name, in: 'path', required: true, schema: parameterSchema(schema as z.ZodMiniType) }));
  const query = Object.entries(route.query.shape).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodMiniType).safeParse(undefined).success,
    schema: parameterSchema(schema as z.ZodMiniType),
  }));
  return [...path, ...query];
}

function componentName(route: RouteDefinition): string | undefined {
  if (route.answer.kind !== 'json') return undefined;
  const name = responseSchemas.get(route.answer.schema)?.id;
  if (!name) throw new Error(`${route.path}: its response schema is not registered as a component`);
  return name;
}

function okContent(route: RouteDefinition) {
  const name = componentName(route);
  if (name) return { 'application/json': { schema: { $ref: `${COMPONENT_PREFIX}${name}` } } };
  const type = route.answer.kind === 'document' ? route.answer.contentType.split(';')[0] ?? 'text/plain' : 'text/plain';
  return { [type]: { schema: type === 'application/json' ? { type: 'object' } : { type: 'string' } } };
}

function operation(route: RouteDefinition) {
  const takesParameters = Object.keys(route.params.shape).length + Object.keys(route.query.shape).length > 0;
  return {
    operationId: route.operationId,
    summary: route.summary,
    tags: [route.tag],
    parameters: parameters(route),
    responses: {
      '200': { description: 'OK', content: okContent(route) },
      ...(route.cache === 'none' ? {} : { '304': { description: 'Not Modified: the If-None-Match tag is current' } }),
      ...(takesParameters ? { '400': { description: 'A parameter is invalid (named in `parameter`)', content: problemContent } } : {}),
      ...(route.canBeMissing ? { '404': { description: 'No such resource', content: problemContent } } : {}),
      '405': { description: 'Only GET and HEAD are allowed', content: problemContent },
      '500': { description: 'The server failed; details are logged, never returned', content: problemContent },
      ...(route.operationId === 'getArticle' ? { '501': { description: '`include=text` on a deployment without the bucket', content: problemContent } } : {}),
    },
  };
}

/** OpenAPI 3.1, generated from the same route table and zod schemas that validate and shape every request. */
export function buildOpenApiDocument(routes: readonly RouteDefinition[]) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'precis read API',
      version: '1',
      description: 'Structured summaries of news articles: who said what. Every GET also answers HEAD. Errors are RFC 7807 problem+json.',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    paths: Object.fromEntries(routes.map((route) => [route.path, { get: operation(route) }])),
    components: { schemas: componentSchemas() },
  };
}
