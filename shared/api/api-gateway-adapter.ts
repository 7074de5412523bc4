import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { HttpRequest, HttpResponse } from './http-types';

export function fromApiGateway(event: APIGatewayProxyEventV2): HttpRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(event.headers ?? {})) headers[name.toLowerCase()] = value;
  return { method: event.requestContext.http.method, path: event.rawPath, query: event.queryStringParameters ?? {}, headers };
}

export const toApiGateway = (response: HttpResponse): APIGatewayProxyStructuredResultV2 => ({
  statusCode: response.status,
  headers: { ...response.headers },
  body: response.body,
});
