import type * as z from 'zod/mini';
import { entityTag, matchesIfNoneMatch } from './entity-tag';
import type { HttpRequest, HttpResponse } from './http-types';
import { Problem, badParameter, problemResponse } from './problem';
import type { ReadDeps } from './read-deps';
import { READ_ROUTES } from './read-routes';
import type { CachePolicy, RouteDefinition } from './route-definition';

const ALLOWED_METHODS = 'GET, HEAD';

/** Private: in AWS the API sits behind IAM auth, so a shared cache must not keep one caller's answer for another. */
const CACHE_CONTROL: Readonly<Record<CachePolicy, string>> = {
  article: 'private, max-age=30, must-revalidate',
  listing: 'private, no-cache',
  static: 'public, max-age=300, must-revalidate',
  none: 'no-store',
};

interface CompiledRoute {
  readonly route: RouteDefinition;
  readonly pattern: RegExp;
  readonly names: readonly string[];
}

/** `/articles/{id}/quotes` → `^/articles/([^/]+)/quotes$` with the names in order. */
function compile(route: RouteDefinition): CompiledRoute {
  const names: string[] = [];
  const source = route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, pattern: new RegExp(`^${source}$`), names };
}

const COMPILED = READ_ROUTES.map(compile);

function findRoute(path: string): { readonly route: RouteDefinition; readonly rawParams: Record<string, string> } | undefined {
  for (const { route, pattern, names } of COMPILED) {
    const match = pattern.exec(path);
    if (!match) continue;
    const rawParams: Record<string, string> = {};
    names.forEach((name, index) => {
      const raw = match[index + 1] ?? '';
      try {
        rawParams[name] = decodeURIComponent(raw);
      } catch {
        throw badParameter(name, 'is not valid percent-encoding');
      }
    });
    return { route, rawParams };
  }
  return undefined;
}

/** Validates one parameter set; the 400 names the first parameter that is wrong. */
function parseParameters<T extends z.ZodMiniObject>(schema: T, values: Readonly<Record<string, string | undefined>>): z.output<T> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const parameter = issue?.code === 'unrecognized_keys' ? (issue.keys[0] ?? 'query') : String(issue?.path[0] ?? 'query');
  const message = issue?.code === 'unrecognized_keys' ? 'is not a parameter of this route' : (issue?.message ?? 'is invalid');
  throw badParameter(parameter, message);
}

async function respond(deps: ReadDeps, route: RouteDefinition, rawParams: Record<string, string>, request: HttpRequest): Promise<HttpResponse> {
  const params = parseParameters(route.params, rawParams);
  const query = parseParameters(route.query, request.query);
  const value = await route.handle(deps, { params, query });
  const { answer } = route;
  // The schema shapes the answer: fields it does not name (storage details) never leave.
  const body = answer.kind === 'json' ? JSON.stringify(answer.schema.parse(value)) : String(value);
  const headers: Record<string, string> = {
    'content-type': answer.kind === 'json' ? 'application/json' : answer.contentType,
    'cache-control': CACHE_CONTROL[route.cache],
    'x-content-type-options': 'nosniff',
    ...(answer.kind === 'document' ? answer.headers : {}),
  };
  if (route.cache === 'none') return { status: 200, headers, body };
  const tag = entityTag(body);
  headers.etag = tag;
  if (matchesIfNoneMatch(request.headers['if-none-match'], tag)) {
    const { 'content-type': _contentType, ...notModified } = headers;
    return { status: 304, headers: notModified, body: '' };
  }
  return { status: 200, headers, body };
}

async function answer(deps: ReadDeps, request: HttpRequest, onError: (error: unknown) => void): Promise<HttpResponse> {
  const path = request.path.length > 1 ? request.path.replace(/\/+$/, '') : request.path;
  try {
    const found = findRoute(path);
    if (!found) return problemResponse(404, `no route ${path}`);
    if (request.method !== 'GET' && request.method !== 'HEAD') return problemResponse(405, `${request.method} is not allowed on ${path}`, {}, { allow: ALLOWED_METHODS });
    return await respond(deps, found.route, found.rawParams, request);
  } catch (error) {
    if (error instanceof Problem) return problemResponse(error.status, error.detail, error.extra);
    onError(error);
    return problemResponse(500, 'the server could not answer this request; it has been logged');
  }
}

/** The read API: every route, every error as problem+json, and never a stack or an AWS message in a 500. */
export async function routeRead(deps: ReadDeps, request: HttpRequest, onError: (error: unknown) => void = () => undefined): Promise<HttpResponse> {
  const response = await answer(deps, request, onError);
  // HEAD: the same headers, no body (API Gateway and the local server both pass the body through).
  return request.method === 'HEAD' ? { ...response, body: '' } : response;
}
