import type * as z from 'zod/mini';
import type { ReadDeps } from './read-deps';

/** How long a client or cache may keep an answer: the router turns it into Cache-Control. */
export type CachePolicy =
  /** One article or its quotes: reuse briefly, then revalidate with the ETag. */
  | 'article'
  /** Listings change with every upload: always revalidate (the ETag makes that cheap). */
  | 'listing'
  /** The API's own code (page, script, OpenAPI document): changes only with a deploy. */
  | 'static'
  /** Health: never cached. */
  | 'none';

/** A JSON answer, parsed through its schema (which strips storage fields) before it is sent. */
export interface JsonAnswer {
  readonly kind: 'json';
  readonly schema: z.ZodMiniType;
}

/** A fixed document such as the viewer page; `headers` adds e.g. a Content-Security-Policy. */
export interface DocumentAnswer {
  readonly kind: 'document';
  readonly contentType: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RouteInput<P extends z.ZodMiniObject, Q extends z.ZodMiniObject> {
  readonly params: z.output<P>;
  readonly query: z.output<Q>;
}

/** One GET route: its parameters, its answer and how it is cached; the OpenAPI document is built from these. */
export interface RouteDefinition<P extends z.ZodMiniObject = z.ZodMiniObject, Q extends z.ZodMiniObject = z.ZodMiniObject> {
  /** OpenAPI template, e.g. `/articles/{id}`. */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly tag: string;
  readonly params: P;
  readonly query: Q;
  readonly answer: JsonAnswer | DocumentAnswer;
  readonly cache: CachePolicy;
  /** Whether the route answers 404 for an id it does not know (documented in OpenAPI). */
  readonly canBeMissing: boolean;
  /** Resolves the JSON value (json) or the document text (document). */
  handle(deps: ReadDeps, input: RouteInput<P, Q>): Promise<unknown>;
}

/** Checks a route's handler against its own parameter schemas, then erases the types for the route table. */
export const defineRoute = <P extends z.ZodMiniObject, Q extends z.ZodMiniObject>(route: RouteDefinition<P, Q>): RouteDefinition => route as unknown as RouteDefinition;
