import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';

type ReadHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

/** What API Gateway would hand the read Lambda for this request (the fields the handler reads). */
function toEvent(method: string, url: URL, headers: Record<string, string>): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    headers,
    queryStringParameters: url.searchParams.size > 0 ? Object.fromEntries(url.searchParams) : undefined,
    requestContext: { http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: headers['user-agent'] ?? '' } },
    isBase64Encoded: false,
  } as APIGatewayProxyEventV2;
}

/** Serves the read Lambda's handler over plain HTTP on loopback, as API Gateway does in AWS. */
export async function serveReadHandler(handler: ReadHandler, port: number): Promise<{ readonly url: string; readonly server: Server }> {
  const server = createServer((request, response) => {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) if (typeof value === 'string') headers[name] = value;
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    handler(toEvent(request.method ?? 'GET', url, headers))
      .then((result) => {
        response.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
        response.end(request.method === 'HEAD' ? undefined : result.body);
      })
      .catch(() => {
        response.writeHead(500, { 'content-type': 'application/problem+json' });
        response.end(JSON.stringify({ type: 'about:blank', title: 'Internal Server Error', status: 500, detail: 'the server could not answer this request' }));
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
