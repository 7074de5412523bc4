import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

const documents = mockClient(DynamoDBDocumentClient);

const event = (path: string, method = 'GET') =>
  ({ rawPath: path, headers: {}, queryStringParameters: undefined, requestContext: { http: { method } } }) as unknown as APIGatewayProxyEventV2;

describe('read handler error paths', () => {
  let handler: (e: APIGatewayProxyEventV2) => Promise<{ statusCode?: number; headers?: Record<string, unknown>; body?: string }>;
  beforeAll(async () => {
    process.env.TABLE_NAME = 'precis-test';
    process.env.AWS_REGION = 'us-east-1';
    ({ handler } = await import('../../../functions/read/handler'));
  });
  afterEach(() => documents.reset());

  it('answers a DynamoDB failure with a 500 that leaks neither the AWS error nor a stack', async () => {
    const secret = 'User: arn:aws:iam::123456789012:role/x is not authorized to perform dynamodb:GetItem';
    documents.on(GetCommand).rejects(Object.assign(new Error(secret), { name: 'AccessDeniedException' }));
    const { logger } = await import('../../../shared/pipeline/observability');
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const response = await handler(event('/articles/0123456789abcdef0123456789abcdef'));
    expect(response.statusCode).toBe(500);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
    expect(response.body).not.toMatch(/arn:aws|AccessDenied|\bat \w/);
    expect(JSON.parse(response.body ?? '{}')).toMatchObject({ status: 500, title: 'Internal Server Error' });
    expect(logged).toHaveBeenCalledOnce();
    logged.mockRestore();
  });

  it('answers a write method with 405 and Allow', async () => {
    const response = await handler(event('/articles', 'POST'));
    expect(response.statusCode).toBe(405);
    expect(response.headers?.allow).toBe('GET, HEAD');
  });

  it('answers an id that cannot exist with 404 without asking DynamoDB', async () => {
    const response = await handler(event('/articles/not-an-id'));
    expect(response.statusCode).toBe(404);
    expect(documents.calls()).toHaveLength(0);
  });
});
