import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { HttpRequest } from '../../../shared/api/http-types';
import { buildOpenApiDocument, componentSchemas } from '../../../shared/api/openapi-document';
import type { ReadDeps } from '../../../shared/api/read-deps';
import { routeRead } from '../../../shared/api/read-router';
import { READ_ROUTES } from '../../../shared/api/read-routes';
import { responseSchemas } from '../../../shared/api/response-schemas';
import { VIEWER_SCRIPT } from '../../../shared/api/viewer/viewer-script';
import type { ArticleRecord } from '../../../shared/store/article-record';

const ARTICLE_ID = '0123456789abcdef0123456789abcdef';

/** Stores that fail the test if asked: parameter errors must be answered before any read. */
const untouchable = new Proxy({}, { get: (_target, name) => () => Promise.reject(new Error(`the store was asked for ${String(name)}`)) });
const noReads = { articles: untouchable, batches: untouchable } as unknown as ReadDeps;

const request = (path: string, query: Record<string, string> = {}, method = 'GET', headers: Record<string, string> = {}): HttpRequest => ({ method, path, query, headers });
const bodyOf = (response: { body: string }) => JSON.parse(response.body) as Record<string, unknown>;

describe('the read router refuses bad parameters before reading anything', () => {
  it.each([
    ['/articles', { limit: '0' }, 'limit'],
    ['/articles', { limit: '101' }, 'limit'],
    ['/articles', { limit: '2.5' }, 'limit'],
    ['/articles', { limit: 'ten' }, 'limit'],
    ['/articles', { cursor: '' }, 'cursor'],
    ['/articles', { cursor: 'x'.repeat(2049) }, 'cursor'],
    ['/articles', { status: 'DONE' }, 'status'],
    ['/articles', { since: 'yesterday' }, 'since'],
    ['/articles', { since: '2026-13-01' }, 'since'],
    ['/articles', { staus: 'FAILED' }, 'staus'],
    [`/articles/${ARTICLE_ID}`, { include: 'html' }, 'include'],
    [`/articles/${ARTICLE_ID.toUpperCase()}`, {}, 'id'],
    ['/articles/0123', {}, 'id'],
    ['/articles/%E0%A4%A/quotes', {}, 'id'],
    [`/articles/${ARTICLE_ID}/quotes`, { limit: '5' }, 'limit'],
    ['/speakers', { prefix: '!!!' }, 'prefix'],
    ['/speakers', { limit: '1000' }, 'limit'],
    ['/speakers/Ada Lovelace/quotes', {}, 'speakerId'],
    ['/speakers/ada--lovelace/quotes', {}, 'speakerId'],
    ['/speakers/ada-lovelace/quotes', { cursor: '' }, 'cursor'],
    ['/batches', { limit: '-1' }, 'limit'],
    ['/batches/run%20one', {}, 'runId'],
    ['/view/not-an-id', {}, 'id'],
  ])('%s %o → 400 naming %s', async (path, query, parameter) => {
    const response = await routeRead(noReads, request(path, query));
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(bodyOf(response)).toMatchObject({ status: 400, title: 'Bad Request', parameter, type: expect.stringMatching(/^https:/), detail: expect.stringContaining(parameter) });
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])('answers %s with 405 and Allow on every route', async (method) => {
    for (const path of ['/health', '/articles', `/articles/${ARTICLE_ID}`, '/speakers', '/batches', '/openapi.json', '/']) {
      const response = await routeRead(noReads, request(path, {}, method));
      expect(response.status, path).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD');
    }
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await routeRead(noReads, request('/articles/x/y/z'));
    expect(response.status).toBe(404);
    expect(bodyOf(response)).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await routeRead(noReads, request('/openapi.json'));
    const head = await routeRead(noReads, request('/openapi.json', {}, 'HEAD'));
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers).toEqual(get.headers);
  });

  it('keeps health out of every cache and gives it no ETag', async () => {
    const response = await routeRead(noReads, request('/health/'));
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers.etag).toBeUndefined();
    expect(bodyOf(response)).toEqual({ status: 'ok' });
  });
});

describe('the read router with a store that has one article', () => {
  const article: ArticleRecord = {
    id: ARTICLE_ID, status: 'SUMMARIZED', title: 'A', source: { bucket: 'b', key: 'incoming/a.txt', size: 3 }, sources: ['b/incoming/a.txt'],
    createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:01.000Z', pipelineVersion: '1', runId: 'secret-run',
    summary: { sentences: [], keyPoints: [], speakers: [] },
  };
  const deps = { articles: { getArticle: async (id: string) => (id === ARTICLE_ID ? article : undefined) }, batches: untouchable } as unknown as ReadDeps;

  it('answers include=text with 501 on a deployment without the bucket', async () => {
    const response = await routeRead(deps, request(`/articles/${ARTICLE_ID}`, { include: 'text' }));
    expect(response.status).toBe(501);
    expect(bodyOf(response)).toMatchObject({ status: 501, parameter: 'include' });
  });

  it('leaves storage fields out of the answer', async () => {
    const response = await routeRead(deps, request(`/articles/${ARTICLE_ID}`));
    expect(response.status).toBe(200);
    expect(response.body).not.toMatch(/secret-run|sources/);
  });

  it('answers a repeated request with 304 when the tag is current, and 200 when it is not', async () => {
    const first = await routeRead(deps, request(`/articles/${ARTICLE_ID}`));
    expect(first.headers['cache-control']).toBe('private, max-age=30, must-revalidate');
    const tag = first.headers.etag ?? '';
    expect(tag).toMatch(/^"/);
    const again = await routeRead(deps, request(`/articles/${ARTICLE_ID}`, {}, 'GET', { 'if-none-match': `W/${tag}` }));
    expect(again).toMatchObject({ status: 304, body: '' });
    expect(again.headers.etag).toBe(tag);
    const stale = await routeRead(deps, request(`/articles/${ARTICLE_ID}`, {}, 'GET', { 'if-none-match': '"old"' }));
    expect(stale.status).toBe(200);
  });
});

describe('the OpenAPI document', () => {
  const document = buildOpenApiDocument(READ_ROUTES);

  it('has a path for every route, with every path and query parameter the route validates', () => {
    for (const route of READ_ROUTES) {
      const operation = document.paths[route.path]?.get;
      expect(operation, route.path).toBeDefined();
      const names = operation?.parameters.map((p) => `${p.in}:${p.name}`).sort();
      expect(names).toEqual([...Object.keys(route.params.shape).map((n) => `path:${n}`), ...Object.keys(route.query.shape).map((n) => `query:${n}`)].sort());
    }
  });

  it('documents each JSON answer as the JSON Schema of the zod schema that shapes it', () => {
    const components = componentSchemas();
    expect(document.components.schemas).toEqual(components);
    for (const route of READ_ROUTES) {
      if (route.answer.kind !== 'json') continue;
      const name = responseSchemas.get(route.answer.schema)?.id ?? '';
      expect(document.paths[route.path]?.get.responses['200'].content).toEqual({ 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } });
      const { $schema: _dialect, ...standalone } = z.toJSONSchema(route.answer.schema, { target: 'draft-2020-12', io: 'output', reused: 'inline' }) as Record<string, unknown>;
      // The component may use $refs where the standalone schema inlines: compare their required fields and properties.
      expect(Object.keys((components[name] as { properties: object }).properties)).toEqual(Object.keys((standalone as { properties: object }).properties));
    }
  });

  it('documents limit as an integer from 1 to 100 with a default of 20', () => {
    const limit = document.paths['/articles']?.get.parameters.find((p) => p.name === 'limit');
    expect(limit).toMatchObject({ in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } });
  });
});

describe('the viewer script', () => {
  it('never parses data as HTML', () => {
    expect(VIEWER_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/);
  });

  it('is valid JavaScript', () => {
    expect(() => new Function(VIEWER_SCRIPT)).not.toThrow();
  });
});
