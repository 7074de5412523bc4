import { z } from 'zod';
import type { ArticleRecord } from '../store/article-record';
import { ARTICLE_STATUSES } from '../store/article-record';
import type { ArticleStore } from '../store/ports';
import { InvalidCursorError } from '../store/store-error';
import type { HttpRequest, HttpResponse } from './http-types';
import { Problem, problemResponse } from './problem';

export interface ReadDeps {
  readonly articles: ArticleStore;
}

const ARTICLE_ID = /^[0-9a-f]{32}$/;
const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2048).optional(),
  status: z.enum(ARTICLE_STATUSES).optional(),
});

const json = (body: unknown, cacheControl = 'no-cache'): HttpResponse => ({
  status: 200,
  headers: { 'content-type': 'application/json', 'cache-control': cacheControl },
  body: JSON.stringify(body),
});

function parseQuery<T extends z.ZodType>(schema: T, query: HttpRequest['query']): z.infer<T> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const parameter = String(issue?.path[0] ?? 'query');
  throw new Problem(400, `${parameter}: ${issue?.message ?? 'invalid'}`, { parameter });
}

/** The article as the API shows it: the summary split into its parts, no storage keys. */
export function presentArticle(article: ArticleRecord) {
  const { summary, ...rest } = article;
  return {
    ...rest,
    summary: summary ? { sentences: summary.sentences, keyPoints: summary.keyPoints } : null,
    speakers: summary?.speakers ?? [],
  };
}

async function getArticle(deps: ReadDeps, id: string): Promise<ArticleRecord> {
  if (!ARTICLE_ID.test(id)) throw new Problem(404, `no article ${id}`);
  const article = await deps.articles.getArticle(id);
  if (!article) throw new Problem(404, `no article ${id}`);
  return article;
}

type Route = (deps: ReadDeps, request: HttpRequest, params: readonly string[]) => Promise<HttpResponse>;

const ROUTES: readonly (readonly [RegExp, Route])[] = [
  [/^\/health$/, async () => json({ status: 'ok' }, 'no-store')],
  [
    /^\/articles$/,
    async (deps, request) => {
      const query = parseQuery(listQuerySchema, request.query);
      try {
        const page = await deps.articles.listArticles(query);
        return json({ items: page.items.map(presentArticle), cursor: page.cursor ?? null });
      } catch (error) {
        if (error instanceof InvalidCursorError) throw new Problem(400, `cursor: ${error.message}`, { parameter: 'cursor' });
        throw error;
      }
    },
  ],
  [/^\/articles\/([^/]+)$/, async (deps, _request, [id = '']) => json(presentArticle(await getArticle(deps, id)))],
  [
    /^\/articles\/([^/]+)\/quotes$/,
    async (deps, _request, [id = '']) => {
      await getArticle(deps, id);
      return json({ items: await deps.articles.listQuotes(id) });
    },
  ],
];

/** The read API: every route, every error as problem+json, and never a stack or an AWS message in a 500. */
export async function routeRead(deps: ReadDeps, request: HttpRequest, onError: (error: unknown) => void = () => undefined): Promise<HttpResponse> {
  const path = request.path.length > 1 ? request.path.replace(/\/+$/, '') : request.path;
  const match = ROUTES.map(([pattern, route]) => [pattern.exec(path), route] as const).find(([m]) => m);
  if (!match) return problemResponse(404, `no route ${path}`);
  if (request.method !== 'GET' && request.method !== 'HEAD') return { ...problemResponse(405, `${request.method} is not allowed on ${path}`), headers: { 'content-type': 'application/problem+json', allow: 'GET, HEAD' } };
  const [m, route] = match;
  try {
    return await route(deps, request, (m ?? []).slice(1).map((p) => decodeURIComponent(p)));
  } catch (error) {
    if (error instanceof Problem) return problemResponse(error.status, error.detail, error.extra);
    onError(error);
    return problemResponse(500, 'the server could not answer this request; it has been logged');
  }
}
