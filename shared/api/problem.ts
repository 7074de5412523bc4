import type { HttpResponse } from './http-types';

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
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

export function problemResponse(status: number, detail: string, extra: Readonly<Record<string, unknown>> = {}): HttpResponse {
  const title = TITLES[status] ?? 'Error';
  return {
    status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
    body: JSON.stringify({ type: `https://precis.dev/problems/${title.toLowerCase().replaceAll(' ', '-')}`, title, status, detail, ...extra }),
  };
}
