import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { logger } from '../../../shared/pipeline/observability';

const documents = mockClient(DynamoDBDocumentClient);
const s3 = mockClient(S3Client);
const ARTICLE_ID = '0123456789abcdef0123456789abcdef';

const event = (path: string, method = 'GET', query?: Record<string, string>) =>
  ({ rawPath: path, headers: {}, queryStringParameters: query, requestContext: { http: { method } } }) as unknown as APIGatewayProxyEventV2;

const storedArticle = {
  pk: `ARTICLE#${ARTICLE_ID}`, sk: 'META', id: ARTICLE_ID, status: 'SUMMARIZED', title: 't', source: { bucket: 'b', key: 'incoming/a.txt' }, sources: new Set(['b/incoming/a.txt']),
  createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', pipelineVersion: '1', runId: 'r',
};

describe('read handler error paths', () => {
  let handler: (e: APIGatewayProxyEventV2) => Promise<{ statusCode?: number; headers?: Record<string, unknown>; body?: string }>;
  const secret = 'User: arn:aws:iam::123456789012:role/x is not authorized to perform dynamodb:GetItem';
  const leaks = /arn:aws|AccessDenied|not authorized|\bat \w/;

  beforeAll(async () => {
    process.env.TABLE_NAME = 'precis-test';
    process.env.BUCKET_NAME = 'precis-test-bucket';
    process.env.AWS_REGION = 'us-east-1';
    ({ handler } = await import('../../../functions/read/handler'));
  });
  afterEach(() => {
    documents.reset();
    s3.reset();
    vi.restoreAllMocks();
  });

  it.each([
    ['an article', `/articles/${ARTICLE_ID}`],
    ['a listing', '/articles'],
    ['the speaker index', '/speakers/ada-lovelace/quotes'],
    ['the batch runs', '/batches'],
  ])('answers a DynamoDB failure reading %s with a 500 that leaks neither the AWS error nor a stack', async (_what, path) => {
    const denied = Object.assign(new Error(secret), { name: 'AccessDeniedException' });
    documents.on(GetCommand).rejects(denied).on(QueryCommand).rejects(denied);
    const logged = vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const response = await handler(event(path));
    expect(response.statusCode).toBe(500);
    expect(response.headers?.['content-type']).toBe('application/problem+json');
    expect(response.headers?.['cache-control']).toBe('no-store');
    expect(response.body).not.toMatch(leaks);
    expect(JSON.parse(response.body ?? '{}')).toMatchObject({ status: 500, title: 'Internal Server Error', type: expect.any(String), detail: expect.any(String) });
    expect(logged).toHaveBeenCalledOnce();
  });

  it('answers an S3 failure reading the text with a 500 that does not leak it', async () => {
    documents.on(GetCommand).resolves({ Item: storedArticle });
    s3.on(GetObjectCommand).rejects(Object.assign(new Error(`${secret} s3:GetObject`), { name: 'AccessDenied' }));
    vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const response = await handler(event(`/articles/${ARTICLE_ID}`, 'GET', { include: 'text' }));
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(leaks);
  });

  it('answers a stored record that breaks the response schema with a 500, not with the record', async () => {
    documents.on(GetCommand).resolves({ Item: { ...storedArticle, status: 'EXPLODED' } });
    vi.spyOn(logger, 'error').mockImplementation(() => undefined);
    const response = await handler(event(`/articles/${ARTICLE_ID}`));
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/EXPLODED/);
  });

  it('answers a write method with 405 and Allow', async () => {
    const response = await handler(event('/articles', 'POST'));
    expect(response.statusCode).toBe(405);
    expect(response.headers?.allow).toBe('GET, HEAD');
    expect(JSON.parse(response.body ?? '{}')).toMatchObject({ status: 405, title: 'Method Not Allowed' });
  });

  it('answers a malformed article id with a 400 naming it, without asking DynamoDB', async () => {
    const response = await handler(event('/articles/not-an-id'));
    expect(response.statusCode).toBe(400);
    expect(JSON.parse(response.body ?? '{}')).toMatchObject({ parameter: 'id' });
    expect(documents.calls()).toHaveLength(0);
  });
});
