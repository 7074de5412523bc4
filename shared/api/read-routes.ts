import type * as z from 'zod/mini';
import { BUCKET } from '../store/table-definition';
import { InvalidCursorError } from '../store/store-error';
import { buildOpenApiDocument } from './openapi-document';
import {
  articlePathSchema,
  batchPathSchema,
  getArticleQuerySchema,
  listArticlesQuerySchema,
  listSpeakersQuerySchema,
  noPathSchema,
  noQuerySchema,
  pageQuerySchema,
  speakerPathSchema,
} from './parameter-schemas';
import { presentArticle } from './present-article';
import { Problem, badParameter } from './problem';
import type { ReadDeps } from './read-deps';
import {
  articlePageSchema,
  articleQuotesSchema,
  articleSchema,
  batchRunPageSchema,
  batchRunSchema,
  healthSchema,
  quotePageSchema,
  speakerPageSchema,
} from './response-schemas';
import { type JsonAnswer, type RouteDefinition, defineRoute } from './route-definition';
import { VIEWER_PAGE, VIEWER_PAGE_HEADERS } from './viewer/viewer-page';
import { VIEWER_SCRIPT } from './viewer/viewer-script';
import { VIEWER_STYLES } from './viewer/viewer-styles';

/** A listing page as the API shows it: the cursor is null, not absent, on the last page. */
async function page<T>(listing: Promise<{ readonly items: readonly T[]; readonly cursor?: string }>) {
  try {
    const { items, cursor } = await listing;
    return { items, cursor: cursor ?? null };
  } catch (error) {
    // The stores sign their cursors: an edited, forged or foreign one is the caller's mistake.
    if (error instanceof InvalidCursorError) throw badParameter('cursor', error.message);
    throw error;
  }
}

async function requireArticle(deps: ReadDeps, id: string) {
  const article = await deps.articles.getArticle(id);
  if (!article) throw new Problem(404, `no article ${id}`);
  return article;
}

/** The normalized text every offset points into; null when none was stored (input that failed to decode). */
async function articleText(deps: ReadDeps, id: string): Promise<string | null> {
  if (!deps.blobs) throw new Problem(501, 'this deployment does not serve article texts', { parameter: 'include' });
  const stored = await deps.blobs.get(`${BUCKET.articlesPrefix}${id}/text.txt`);
  return stored ? new TextDecoder().decode(stored.bytes) : null;
}

const json = (schema: z.ZodMiniType): JsonAnswer => ({ kind: 'json', schema });

const viewerPage = (path: string, operationId: string, params: typeof noPathSchema | typeof articlePathSchema) =>
  defineRoute({
    path,
    operationId,
    summary: 'The viewer page: lists articles and shows one with its quotes highlighted',
    tag: 'viewer',
    params,
    query: noQuerySchema,
    answer: { kind: 'document', contentType: 'text/html; charset=utf-8', headers: VIEWER_PAGE_HEADERS },
    cache: 'static',
    canBeMissing: false,
    handle: async () => VIEWER_PAGE,
  });

/** Every route of the read API, in the order the OpenAPI document lists them. */
export const READ_ROUTES: readonly RouteDefinition[] = [
  defineRoute({
    path: '/health',
    operationId: 'getHealth',
    summary: 'Whether the API answers',
    tag: 'meta',
    params: noPathSchema,
    query: noQuerySchema,
    answer: json(healthSchema),
    cache: 'none',
    canBeMissing: false,
    handle: async () => ({ status: 'ok' }),
  }),
  defineRoute({
    path: '/articles',
    operationId: 'listArticles',
    summary: 'Articles, newest first',
    tag: 'articles',
    params: noPathSchema,
    query: listArticlesQuerySchema,
    answer: json(articlePageSchema),
    cache: 'listing',
    canBeMissing: false,
    handle: async (deps, { query }) => {
      const listed = await page(deps.articles.listArticles(query));
      return { ...listed, items: listed.items.map(presentArticle) };
    },
  }),
  defineRoute({
    path: '/articles/{id}',
    operationId: 'getArticle',
    summary: 'One article: status, summary, key points, speakers; `include=text` adds the normalized text',
    tag: 'articles',
    params: articlePathSchema,
    query: getArticleQuerySchema,
    answer: json(articleSchema),
    cache: 'article',
    canBeMissing: true,
    handle: async (deps, { params: { id }, query: { include } }) => {
      // Both reads at once: the text does not depend on the record.
      const [article, text] = await Promise.all([requireArticle(deps, id), include === 'text' ? articleText(deps, id) : undefined]);
      return text === undefined ? presentArticle(article) : { ...presentArticle(article), text };
    },
  }),
  defineRoute({
    path: '/articles/{id}/quotes',
    operationId: 'listArticleQuotes',
    summary: "Every quote of one article, with speaker, cue, offsets and confidence",
    tag: 'articles',
    params: articlePathSchema,
    query: noQuerySchema,
    answer: json(articleQuotesSchema),
    cache: 'article',
    canBeMissing: true,
    handle: async (deps, { params: { id } }) => {
      const [, items] = await Promise.all([requireArticle(deps, id), deps.articles.listQuotes(id)]);
      return { items };
    },
  }),
  defineRoute({
    path: '/speakers',
    operationId: 'listSpeakers',
    summary: 'Speakers across all articles, by id, with quote and article counts',
    tag: 'speakers',
    params: noPathSchema,
    query: listSpeakersQuerySchema,
    answer: json(speakerPageSchema),
    cache: 'listing',
    canBeMissing: false,
    handle: async (deps, { query }) => page(deps.articles.listSpeakers(query)),
  }),
  defineRoute({
    path: '/speakers/{speakerId}/quotes',
    operationId: 'listSpeakerQuotes',
    summary: 'Quotes by one speaker across all articles, newest first (empty for a speaker never quoted)',
    tag: 'speakers',
    params: speakerPathSchema,
    query: pageQuerySchema,
    answer: json(quotePageSchema),
    cache: 'listing',
    canBeMissing: false,
    handle: async (deps, { params: { speakerId }, query }) => page(deps.articles.listSpeakerQuotes(speakerId, query)),
  }),
  defineRoute({
    path: '/batches',
    operationId: 'listBatchRuns',
    summary: 'Batch runs, newest first',
    tag: 'batches',
    params: noPathSchema,
    query: pageQuerySchema,
    answer: json(batchRunPageSchema),
    cache: 'listing',
    canBeMissing: false,
    handle: async (deps, { query }) => page(deps.batches.listRuns(query)),
  }),
  defineRoute({
    path: '/batches/{runId}',
    operationId: 'getBatchRun',
    summary: 'One batch run and its counts',
    tag: 'batches',
    params: batchPathSchema,
    query: noQuerySchema,
    answer: json(batchRunSchema),
    // A running batch changes its counts: revalidate every time.
    cache: 'listing',
    canBeMissing: true,
    handle: async (deps, { params: { runId } }) => {
      const run = await deps.batches.getRun(runId);
      if (!run) throw new Problem(404, `no batch run ${runId}`);
      return run;
    },
  }),
  defineRoute({
    path: '/openapi.json',
    operationId: 'getOpenApiDocument',
    summary: 'This document',
    tag: 'meta',
    params: noPathSchema,
    query: noQuerySchema,
    answer: { kind: 'document', contentType: 'application/json' },
    cache: 'static',
    canBeMissing: false,
    handle: async () => openApiText(),
  }),
  viewerPage('/', 'getViewer', noPathSchema),
  viewerPage('/view/{id}', 'getViewerForArticle', articlePathSchema),
  defineRoute({
    path: '/viewer.js',
    operationId: 'getViewerScript',
    summary: "The viewer page's script",
    tag: 'viewer',
    params: noPathSchema,
    query: noQuerySchema,
    answer: { kind: 'document', contentType: 'text/javascript; charset=utf-8' },
    cache: 'static',
    canBeMissing: false,
    handle: async () => VIEWER_SCRIPT,
  }),
  defineRoute({
    path: '/viewer.css',
    operationId: 'getViewerStyles',
    summary: "The viewer page's styles",
    tag: 'viewer',
    params: noPathSchema,
    query: noQuerySchema,
    answer: { kind: 'document', contentType: 'text/css; charset=utf-8' },
    cache: 'static',
    canBeMissing: false,
    handle: async () => VIEWER_STYLES,
  }),
];

let openApi: string | undefined;
/** Built on first request, from the route table above: one per cold start. */
const openApiText = (): string => (openApi ??= JSON.stringify(buildOpenApiDocument(READ_ROUTES)));
