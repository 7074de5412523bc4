import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { ArticleRecord, FailureReason, QuoteRecord, SourceRef } from '../article-record';
import type { ArticleStore, ListArticlesQuery, Page, SaveResult, StartProcessing } from '../ports';
import { TABLE } from '../table-definition';
import { decodeCursor, encodeCursor } from './page-cursor';

const { partitionKey: PK, sortKey: SK } = TABLE;
const { bySpeaker, byTime } = TABLE.indexes;

const articleKey = (id: string) => ({ [PK]: `ARTICLE#${id}`, [SK]: 'META' });
const sourceKey = (source: SourceRef) => ({ [PK]: `SOURCE#${source.bucket}/${source.key}`, [SK]: 'META' });
const quoteSortKey = (index: number) => `QUOTE#${String(index).padStart(4, '0')}`;
const BATCH_WRITE_LIMIT = 25;

const INTERNAL_ATTRIBUTES = [PK, SK, bySpeaker.partitionKey, bySpeaker.sortKey, byTime.partitionKey, byTime.sortKey] as const;

function withoutKeys<T>(item: Record<string, unknown>): T {
  const copy = { ...item };
  for (const name of INTERNAL_ATTRIBUTES) delete copy[name];
  return copy as T;
}

export interface DynamoArticleStoreOptions {
  readonly tableName: string;
  /** Tests inject a client; otherwise one is built from the environment. */
  readonly client?: DynamoDBClient;
  readonly now?: () => Date;
}

export class DynamoArticleStore implements ArticleStore {
  private readonly documents: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly now: () => Date;

  constructor(options: DynamoArticleStoreOptions) {
    this.tableName = options.tableName;
    this.now = options.now ?? (() => new Date());
    this.documents = DynamoDBDocumentClient.from(options.client ?? new DynamoDBClient({}), {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
    });
  }

  async startProcessing({ id, title, source, pipelineVersion }: StartProcessing): Promise<void> {
    const now = this.now().toISOString();
    await this.documents.send(new PutCommand({ TableName: this.tableName, Item: { ...sourceKey(source), articleId: id } }));
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...articleKey(id),
            [byTime.partitionKey]: 'ARTICLES',
            [byTime.sortKey]: `${now}#${id}`,
            id,
            status: 'PROCESSING',
            title,
            source,
            createdAt: now,
            updatedAt: now,
            pipelineVersion,
          },
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK },
        }),
      );
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      // The same content again (another upload or a redelivered event): process it again in place.
      await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: articleKey(id),
          UpdateExpression: 'SET #status = :status, #updatedAt = :now, #source = :source, #title = :title, #version = :version REMOVE #error',
          ExpressionAttributeNames: { '#status': 'status', '#updatedAt': 'updatedAt', '#source': 'source', '#title': 'title', '#version': 'pipelineVersion', '#error': 'error' },
          ExpressionAttributeValues: { ':status': 'PROCESSING', ':now': now, ':source': source, ':title': title, ':version': pipelineVersion },
        }),
      );
    }
  }

  async saveResult({ id, title, pipelineVersion, summary, stats, quotes }: SaveResult): Promise<void> {
    const article = await this.getArticle(id);
    const createdAt = article?.createdAt ?? this.now().toISOString();
    await this.deleteQuotes(id);
    const items = quotes.map((quote) => ({
      [PK]: `ARTICLE#${id}`,
      [SK]: quoteSortKey(quote.index),
      ...(quote.speaker ? { [bySpeaker.partitionKey]: `SPEAKER#${quote.speaker.id}`, [bySpeaker.sortKey]: `${createdAt}#${id}#${quoteSortKey(quote.index)}` } : {}),
      ...quote,
      articleId: id,
      createdAt,
    }));
    await this.batchWrite(items.map((Item) => ({ PutRequest: { Item } })));
    const now = this.now().toISOString();
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: articleKey(id),
        UpdateExpression: 'SET #status = :status, #updatedAt = :now, #title = :title, #version = :version, #summary = :summary, #stats = :stats REMOVE #error',
        ExpressionAttributeNames: { '#status': 'status', '#updatedAt': 'updatedAt', '#title': 'title', '#version': 'pipelineVersion', '#summary': 'summary', '#stats': 'stats', '#error': 'error' },
        ExpressionAttributeValues: { ':status': 'SUMMARIZED', ':now': now, ':title': title, ':version': pipelineVersion, ':summary': summary, ':stats': stats },
      }),
    );
  }

  async markFailed(id: string, source: SourceRef, reason: FailureReason, pipelineVersion: string): Promise<void> {
    const now = this.now().toISOString();
    await this.documents.send(new PutCommand({ TableName: this.tableName, Item: { ...sourceKey(source), articleId: id } }));
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: articleKey(id),
        UpdateExpression:
          'SET #status = :status, #error = :error, #updatedAt = :now, #version = :version, #source = if_not_exists(#source, :source), #id = :id, #createdAt = if_not_exists(#createdAt, :now), #title = if_not_exists(#title, :null), #gpk = :listing, #gsk = if_not_exists(#gsk, :listingKey)',
        ExpressionAttributeNames: {
          '#status': 'status', '#error': 'error', '#updatedAt': 'updatedAt', '#version': 'pipelineVersion', '#source': 'source',
          '#id': 'id', '#createdAt': 'createdAt', '#title': 'title', '#gpk': byTime.partitionKey, '#gsk': byTime.sortKey,
        },
        ExpressionAttributeValues: {
          ':status': 'FAILED', ':error': reason, ':now': now, ':version': pipelineVersion, ':source': source, ':id': id,
          ':null': null, ':listing': 'ARTICLES', ':listingKey': `${now}#${id}`,
        },
      }),
    );
  }

  async getArticle(id: string): Promise<ArticleRecord | undefined> {
    const { Item } = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: articleKey(id) }));
    return Item ? withoutKeys<ArticleRecord>(Item) : undefined;
  }

  async listArticles({ limit, cursor, status }: ListArticlesQuery): Promise<Page<ArticleRecord>> {
    let startKey = decodeCursor(cursor, [PK, SK, byTime.partitionKey, byTime.sortKey]);
    const items: ArticleRecord[] = [];
    // A status filter thins pages out, so keep reading until the page is full or the index ends.
    do {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: byTime.name,
          KeyConditionExpression: '#gpk = :listing',
          ...(status ? { FilterExpression: '#status = :status' } : {}),
          ExpressionAttributeNames: { '#gpk': byTime.partitionKey, ...(status ? { '#status': 'status' } : {}) },
          ExpressionAttributeValues: { ':listing': 'ARTICLES', ...(status ? { ':status': status } : {}) },
          ScanIndexForward: false,
          Limit: limit - items.length,
          ExclusiveStartKey: startKey,
        }),
      );
      items.push(...(page.Items ?? []).map((item) => withoutKeys<ArticleRecord>(item)));
      startKey = page.LastEvaluatedKey as Record<string, string> | undefined;
    } while (startKey && items.length < limit);
    const next = encodeCursor(startKey);
    return next ? { items, cursor: next } : { items };
  }

  async listQuotes(articleId: string): Promise<QuoteRecord[]> {
    const quotes: QuoteRecord[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :quote)',
          ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
          ExpressionAttributeValues: { ':pk': `ARTICLE#${articleId}`, ':quote': 'QUOTE#' },
          ExclusiveStartKey: startKey,
        }),
      );
      quotes.push(...(page.Items ?? []).map((item) => withoutKeys<QuoteRecord>(item)));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return quotes;
  }

  async articleIdForSource(source: SourceRef): Promise<string | undefined> {
    const { Item } = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: sourceKey(source) }));
    return typeof Item?.articleId === 'string' ? Item.articleId : undefined;
  }

  async deleteArticle(id: string, source: SourceRef): Promise<void> {
    await this.deleteQuotes(id);
    await this.documents.send(new DeleteCommand({ TableName: this.tableName, Key: articleKey(id) }));
    await this.documents.send(new DeleteCommand({ TableName: this.tableName, Key: sourceKey(source) }));
  }

  private async deleteQuotes(articleId: string): Promise<void> {
    const existing = await this.listQuotes(articleId);
    await this.batchWrite(existing.map((quote) => ({ DeleteRequest: { Key: { [PK]: `ARTICLE#${articleId}`, [SK]: quoteSortKey(quote.index) } } })));
  }

  private async batchWrite(requests: Record<string, unknown>[]): Promise<void> {
    for (let i = 0; i < requests.length; i += BATCH_WRITE_LIMIT) {
      let pending: Record<string, unknown>[] | undefined = requests.slice(i, i + BATCH_WRITE_LIMIT);
      // DynamoDB may hand back unprocessed items under load; retry them with a short backoff.
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
        const result = await this.documents.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: pending as never } }));
        pending = result.UnprocessedItems?.[this.tableName] as Record<string, unknown>[] | undefined;
        if (attempt > 8 && pending?.length) throw new Error(`DynamoDB left ${pending.length} writes unprocessed after retries`);
      }
    }
  }
}
