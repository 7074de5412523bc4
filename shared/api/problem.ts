import type { HttpResponse } from './http-types';

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

/** An RFC 7807 problem the router turns into a response; anything else thrown becomes a bare 500. */
export class Problem extends Error {
  override readonly name = 'Problem';
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail);
  }
}

/** A 400 that names the parameter, so a client can point at the field it got wrong. */
export const badParameter = (parameter: string, message: string): Problem => new Problem(400, `${parameter}: ${message}`, { parameter });

export function problemResponse(status: number, detail: string, extra: Readonly<Record<string, unknown>> = {}, headers: Readonly<Record<string, string>> = {}): HttpResponse {
  const title = TITLES[status] ?? 'Error';
  return {
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers },
    body: JSON.stringify({ type: `https://precis.dev/problems/${title.toLowerCase().replaceAll(' ', '-')}`, title, status, detail, ...extra }),
  };
}
