import { randomBytes } from 'node:crypto';
import { DynamoDBClient, TransactionCanceledException } from '../../aws/client-dynamodb';
import {
  BatchWriteCommand,
  DeleteCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
  TransactWriteCommand,
  UpdateCommand,
} from '../../aws/lib-dynamodb';
import type { SpeakerDigest, Summary } from '../../nlp/types';
import { type ArticleListing, type ArticleRecord, type FailureReason, type QuoteRecord, type SourceRef, type SpeakerRecord, sourceId, type WorkItem } from '../article-record';
import type { ArticleStore, ListArticlesQuery, Page, PageQuery, SaveResult, SourcePointer, StartProcessing, WorkQuery } from '../ports';
import { sortableVersion } from '../sortable-version';
import { TABLE } from '../table-definition';
import { packJson, unpackJson } from './packed-json';
import { PageCursors } from './page-cursor';
import { InvalidCursorError } from '../store-error';

const { partitionKey: PK, sortKey: SK } = TABLE;
const { bySpeaker, listing, byStatus } = TABLE.indexes;

const articleKey = (id: string) => ({ [PK]: `ARTICLE#${id}`, [SK]: 'META' });
const sourceKey = (source: SourceRef) => ({ [PK]: `SOURCE#${sourceId(source)}`, [SK]: 'META' });
/** SOURCE items are also listed per bucket in key order, for the batch run's walk beside the bucket listing. */
const sourceListingKey = (source: SourceRef) => ({ [listing.partitionKey]: `SOURCES#${source.bucket}`, [listing.sortKey]: source.key });
const speakerKey = (speakerId: string) => ({ [PK]: `SPEAKER#${speakerId}`, [SK]: 'META' });
const BATCH_WRITE_LIMIT = 25;
/** DynamoDB's limit is 100 items a transaction; one is the article itself. */
const SPEAKERS_PER_TRANSACTION = 99;
/** Tries at deleting an article whose last source went, each after it changed under the one before (a run's flip can land between a read and the delete). */
const DELETE_ATTEMPTS = 3;
const TABLE_KEYS = [PK, SK] as const;
const SPEAKER_QUOTE_KEYS = [...TABLE_KEYS, bySpeaker.partitionKey, bySpeaker.sortKey] as const;

/**
 * The most quotes one item holds, by JSON length before packing: a speaker with more quotes in one
 * article gets several items. Far under DynamoDB's 400 KB item limit; a typical group is 1-2 KB.
 */
const QUOTE_GROUP_MAX_BYTES = 64 * 1024;

type StoredQuote = SaveResult['quotes'][number];

/**
 * An article's quotes in a few items instead of one each: one group per speaker (in the
 * by-speaker index, so a speaker's quotes across articles stay one query) and one for the
 * unattributed quotes (in no index). DynamoDB bills a write per started KB of each item and of
 * each index copy, so a dozen 500-byte quotes in one item cost 6 units, not 12, and their index
 * copy as much again; packed (deflated JSON), 2 or 3. Sort keys `QUOTE#<set>#S#<speakerId>#<nn>`
 * and `QUOTE#<set>#U#<nn>`.
 */
function quoteGroups(articleId: string, createdAt: string, set: string, quotes: readonly StoredQuote[]): Record<string, unknown>[] {
  const bySpeakerId = new Map<string, StoredQuote[]>();
  for (const quote of quotes) {
    const group = quote.speaker ? `S#${quote.speaker.id}` : 'U';
    const members = bySpeakerId.get(group);
    if (members) members.push(quote);
    else bySpeakerId.set(group, [quote]);
  }
  const items: Record<string, unknown>[] = [];
  for (const [group, members] of bySpeakerId) {
    const speaker = members[0]?.speaker;
    const chunks: StoredQuote[][] = [[]];
    let bytes = 0;
    for (const quote of members) {
      const size = JSON.stringify(quote).length;
      if (bytes + size > QUOTE_GROUP_MAX_BYTES && chunks.at(-1)!.length > 0) {
        chunks.push([]);
        bytes = 0;
      }
      chunks.at(-1)!.push(quote);
      bytes += size;
    }
    for (const [n, chunk] of chunks.entries()) {
      const part = String(n).padStart(2, '0');
      items.push({
        [PK]: `ARTICLE#${articleId}`,
        [SK]: `QUOTE#${set}#${group}#${part}`,
        ...(speaker ? { [bySpeaker.partitionKey]: `SPEAKER#${speaker.id}`, [bySpeaker.sortKey]: `${createdAt}#${articleId}#${part}` } : {}),
        articleId,
        createdAt,
        quotes: packJson(chunk),
      });
    }
  }
  return items;
}

/** The quotes an item holds, as served: a group's, or (an item written before groups) the one quote it is. */
function quotesOf(item: Record<string, unknown>): QuoteRecord[] {
  if (item.quotes === undefined) return [withoutKeys<QuoteRecord>(item)];
  const { articleId, createdAt } = item as { articleId: string; createdAt: string };
  return unpackJson<StoredQuote[]>(item.quotes).map((quote) => ({ ...quote, articleId, createdAt }));
}

/** The speakers of an article's summary as stored (packed, or a map written before packing). */
const speakersOf = (item: Record<string, unknown> | undefined): SpeakerDigest[] => (item?.summary === undefined ? [] : (unpackJson<{ speakers?: SpeakerDigest[] }>(item.summary).speakers ?? []));

const keysOf = (item: Record<string, unknown>, names: readonly string[]) => Object.fromEntries(names.map((name) => [name, item[name]]));

const INTERNAL_ATTRIBUTES = [PK, SK, bySpeaker.partitionKey, bySpeaker.sortKey, listing.partitionKey, listing.sortKey, byStatus.partitionKey, byStatus.sortKey, 'quoteSet', 'leaseUntil'];

function withoutKeys<T>(item: Record<string, unknown>): T {
  const copy = { ...item };
  for (const name of INTERNAL_ATTRIBUTES) delete copy[name];
  if (copy.sources instanceof Set) copy.sources = [...(copy.sources as Set<string>)].sort();
  return copy as T;
}

const newRunId = () => `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;

export interface DynamoArticleStoreOptions {
  readonly tableName: string;
  /** Tests inject a client; otherwise one is built from the environment. */
  readonly client?: DynamoDBClient;
  readonly now?: () => Date;
  /** Signs page cursors; not a secret from readers (it only makes cursors tamper-evident). */
  readonly cursorKey?: string;
}

export class DynamoArticleStore implements ArticleStore {
  private readonly documents: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly now: () => Date;
  private readonly cursors: PageCursors;

  constructor(options: DynamoArticleStoreOptions) {
    this.tableName = options.tableName;
    this.now = options.now ?? (() => new Date());
    this.cursors = new PageCursors(options.cursorKey ?? `precis:${options.tableName}`);
    this.documents = DynamoDBDocumentClient.from(options.client ?? new DynamoDBClient({}), {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
    });
  }

  async startProcessing({ id, title, source, pipelineVersion }: StartProcessing): Promise<{ runId: string }> {
    const now = this.now().toISOString();
    const runId = newRunId();
    await this.pointSourceAt(source, id);
    // One update creates a new article or restarts an existing one (the same content again).
    await this.documents.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: articleKey(id),
        UpdateExpression:
          'SET #id = :id, #status = :processing, #runId = :runId, #title = :title, #source = :source, #updatedAt = :now, #createdAt = if_not_exists(#createdAt, :now), #version = :version, #lpk = :articles, #lsk = if_not_exists(#lsk, :listingKey), #wpk = :work, #wsk = :workKey ADD #sources :sourceSet REMOVE #error, #leaseUntil',
        ExpressionAttributeNames: {
          '#id': 'id', '#status': 'status', '#runId': 'runId', '#title': 'title', '#source': 'source', '#updatedAt': 'updatedAt', '#createdAt': 'createdAt',
          '#version': 'pipelineVersion', '#lpk': listing.partitionKey, '#lsk': listing.sortKey, '#wpk': byStatus.partitionKey, '#wsk': byStatus.sortKey,
          '#sources': 'sources', '#error': 'error', '#leaseUntil': 'leaseUntil',
        },
        ExpressionAttributeValues: {
          ':id': id, ':processing': 'PROCESSING', ':runId': runId, ':title': title, ':source': source, ':now': now, ':version': pipelineVersion,
          ':articles': 'ARTICLES', ':listingKey': `${now}#${id}`, ':work': 'STATUS#PROCESSING', ':workKey': `${now}#${id}`, ':sourceSet': new Set([sourceId(source)]),
        },
      }),
    );
    return { runId };
  }

  async saveResult({ id, runId, title, pipelineVersion, summary, stats, quotes }: SaveResult): Promise<'saved' | 'stale'> {
    const article = await this.getRawArticle(id);
    if (!article || article.runId !== runId) return 'stale';
    const createdAt = String(article.createdAt);
    const quoteSet = runId;
    // The new quotes go in under their own set id, invisible until the article points at them.
    await this.batchWrite(quoteGroups(id, createdAt, quoteSet, quotes).map((Item) => ({ PutRequest: { Item } })));
    const now = this.now().toISOString();
    const speakerUpdates = this.speakerCountChanges(speakersOf(article), summary.speakers);
    const articleUpdate = {
      Update: {
        TableName: this.tableName,
        Key: articleKey(id),
        ConditionExpression: '#runId = :runId',
        UpdateExpression:
          'SET #status = :summarized, #updatedAt = :now, #title = :title, #version = :version, #summary = :summary, #stats = :stats, #quoteSet = :quoteSet, #wpk = :work, #wsk = :workKey REMOVE #error, #leaseUntil',
        ExpressionAttributeNames: {
          '#runId': 'runId', '#status': 'status', '#updatedAt': 'updatedAt', '#title': 'title', '#version': 'pipelineVersion', '#summary': 'summary', '#stats': 'stats',
          '#quoteSet': 'quoteSet', '#wpk': byStatus.partitionKey, '#wsk': byStatus.sortKey, '#error': 'error', '#leaseUntil': 'leaseUntil',
        },
        ExpressionAttributeValues: {
          ':runId': runId, ':summarized': 'SUMMARIZED', ':now': now, ':title': title, ':version': pipelineVersion, ':summary': packJson(summary), ':stats': stats, ':quoteSet': quoteSet,
          ':work': 'STATUS#SUMMARIZED', ':workKey': `${sortableVersion(pipelineVersion)}#${createdAt}#${id}`,
        },
      },
    };
    // The flip and the speaker counts go in one transaction, which DynamoDB bills twice: the
    // counts are deltas from the summary stored before, so they must change with it or not at
    // all. Separate updates cost about $0.46 per 100,000 articles less, but a run failing between
    // the flip and its last count update left those counts short for good, since its retry reads
    // the new summary and sees nothing left to count.
    try {
      await this.documents.send(new TransactWriteCommand({ TransactItems: [articleUpdate, ...speakerUpdates.slice(0, SPEAKERS_PER_TRANSACTION)] }));
    } catch (error) {
      if (!(error instanceof TransactionCanceledException) || error.CancellationReasons?.[0]?.Code !== 'ConditionalCheckFailed') throw error;
      await this.deleteQuoteSet(id, quoteSet);
      return 'stale';
    }
    // Only an article with more than 99 speakers gets here: its remaining counts follow the flip.
    for (const update of speakerUpdates.slice(SPEAKERS_PER_TRANSACTION)) await this.documents.send(new UpdateCommand(update.Update));
    if (typeof article.quoteSet === 'string' && article.quoteSet !== quoteSet) await this.deleteQuoteSet(id, article.quoteSet);
    return 'saved';
  }

  async markFailed(id: string, source: SourceRef, reason: FailureReason, pipelineVersion: string, runId?: string): Promise<'saved' | 'stale'> {
    const now = this.now().toISOString();
    await this.pointSourceAt(source, id);
    try {
      await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: articleKey(id),
          ...(runId ? { ConditionExpression: '#runId = :runId' } : {}),
          // Only a failure worth retrying stays in the work index; bad input would fail the same way again.
          UpdateExpression: `SET #id = :id, #status = :failed, #error = :error, #updatedAt = :now, #version = :version, #source = if_not_exists(#source, :source), #createdAt = if_not_exists(#createdAt, :now), #title = if_not_exists(#title, :null), #lpk = :articles, #lsk = if_not_exists(#lsk, :listingKey)${reason.retryable ? ', #wpk = :work, #wsk = :workKey' : ''} ADD #sources :sourceSet REMOVE #leaseUntil${reason.retryable ? '' : ', #wpk, #wsk'}`,
          ExpressionAttributeNames: {
            '#id': 'id', '#status': 'status', '#error': 'error', '#updatedAt': 'updatedAt', '#version': 'pipelineVersion', '#source': 'source', '#createdAt': 'createdAt',
            '#title': 'title', '#lpk': listing.partitionKey, '#lsk': listing.sortKey, '#wpk': byStatus.partitionKey, '#wsk': byStatus.sortKey, '#sources': 'sources', '#leaseUntil': 'leaseUntil',
            ...(runId ? { '#runId': 'runId' } : {}),
          },
          ExpressionAttributeValues: {
            ':id': id, ':failed': 'FAILED', ':error': reason, ':now': now, ':version': pipelineVersion, ':source': source, ':null': null, ':articles': 'ARTICLES',
            ':listingKey': `${now}#${id}`, ':sourceSet': new Set([sourceId(source)]),
            ...(reason.retryable ? { ':work': 'STATUS#FAILED', ':workKey': `${now}#${id}` } : {}),
            ...(runId ? { ':runId': runId } : {}),
          },
        }),
      );
      return 'saved';
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return 'stale';
      throw error;
    }
  }

  async getArticle(id: string): Promise<ArticleRecord | undefined> {
    const item = await this.getRawArticle(id);
    if (!item) return undefined;
    const article = withoutKeys<ArticleRecord>(item);
    return item.summary === undefined ? article : { ...article, summary: unpackJson<Summary>(item.summary) };
  }

  async listArticles({ limit, cursor, status, since }: ListArticlesQuery): Promise<Page<ArticleListing>> {
    const scope = `articles|${status ?? ''}|${since ?? ''}`;
    return this.queryPage<ArticleListing>(scope, limit, cursor, [...TABLE_KEYS, listing.partitionKey, listing.sortKey], {
      IndexName: listing.name,
      KeyConditionExpression: since ? '#lpk = :articles AND #lsk >= :since' : '#lpk = :articles',
      ...(status ? { FilterExpression: '#status = :status' } : {}),
      ExpressionAttributeNames: { '#lpk': listing.partitionKey, ...(since ? { '#lsk': listing.sortKey } : {}), ...(status ? { '#status': 'status' } : {}) },
      ExpressionAttributeValues: { ':articles': 'ARTICLES', ...(since ? { ':since': since } : {}), ...(status ? { ':status': status } : {}) },
      ScanIndexForward: false,
    });
  }

  async listQuotes(articleId: string): Promise<QuoteRecord[]> {
    const article = await this.getRawArticle(articleId);
    if (typeof article?.quoteSet !== 'string') return [];
    const quotes: QuoteRecord[] = [];
    const pages = this.queryAll({
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :set)',
      ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
      ExpressionAttributeValues: { ':pk': `ARTICLE#${articleId}`, ':set': `QUOTE#${article.quoteSet}#` },
    });
    for await (const items of pages) quotes.push(...items.flatMap(quotesOf));
    return quotes.sort((a, b) => a.index - b.index);
  }

  async listSpeakers({ limit, cursor, prefix }: PageQuery & { prefix?: string }): Promise<Page<SpeakerRecord>> {
    return this.queryPage<SpeakerRecord>(`speakers|${prefix ?? ''}`, limit, cursor, [...TABLE_KEYS, listing.partitionKey, listing.sortKey], {
      IndexName: listing.name,
      KeyConditionExpression: prefix ? '#lpk = :speakers AND begins_with(#lsk, :prefix)' : '#lpk = :speakers',
      FilterExpression: '#quoteCount > :zero',
      ExpressionAttributeNames: { '#lpk': listing.partitionKey, '#quoteCount': 'quoteCount', ...(prefix ? { '#lsk': listing.sortKey } : {}) },
      ExpressionAttributeValues: { ':speakers': 'SPEAKERS', ':zero': 0, ...(prefix ? { ':prefix': prefix } : {}) },
    });
  }

  /**
   * A speaker's quotes across articles, newest first, from the per-article groups in the
   * by-speaker index. A page may end inside a group: its cursor is then the key of the group
   * before (none on the first page) and how many quotes of the next group were served.
   */
  async listSpeakerQuotes(speakerId: string, { limit, cursor }: PageQuery): Promise<Page<QuoteRecord>> {
    const scope = `speaker-quotes|${speakerId}`;
    const position = this.cursors.decode(scope, cursor, [...SPEAKER_QUOTE_KEYS, 'skip'], ['skip']);
    const skipped = Number(position?.skip ?? 0);
    if (!Number.isSafeInteger(skipped) || skipped < 0) throw new InvalidCursorError('cursor is not one this listing issued');
    let skip = skipped;
    let after: Record<string, unknown> | undefined = position?.[PK] === undefined ? undefined : keysOf(position, SPEAKER_QUOTE_KEYS);
    let startKey = after;
    const items: QuoteRecord[] = [];
    const at = (key: Record<string, unknown> | undefined, served: number) => this.cursors.encode(scope, { ...(key ?? {}), skip: String(served) });
    for (;;) {
      const page = await this.documents.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: bySpeaker.name,
          KeyConditionExpression: '#spk = :speaker',
          ExpressionAttributeNames: { '#spk': bySpeaker.partitionKey },
          ExpressionAttributeValues: { ':speaker': `SPEAKER#${speakerId}` },
          ScanIndexForward: false,
          // Every group holds at least one quote.
          Limit: limit - items.length,
          ExclusiveStartKey: startKey,
        }),
      );
      const groups = page.Items ?? [];
      for (const [n, group] of groups.entries()) {
        const quotes = quotesOf(group).sort((a, b) => b.index - a.index).slice(skip);
        const room = limit - items.length;
        if (quotes.length > room) return { items: [...items, ...quotes.slice(0, room)], cursor: at(after, skip + room) };
        items.push(...quotes);
        skip = 0;
        after = keysOf(group, SPEAKER_QUOTE_KEYS);
        if (items.length === limit) return n < groups.length - 1 || page.LastEvaluatedKey ? { items, cursor: at(after, 0) } : { items };
      }
      if (!page.LastEvaluatedKey) return { items };
      startKey = page.LastEvaluatedKey;
    }
  }

  async articleIdForSource(source: SourceRef): Promise<string | undefined> {
    return (await this.sourcePointer(source))?.articleId;
  }

  async sourcePointer(source: SourceRef): Promise<SourcePointer | undefined> {
    const { Item } = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: sourceKey(source), ConsistentRead: true }));
    if (typeof Item?.articleId !== 'string') return undefined;
    return { key: source.key, articleId: Item.articleId, ...(typeof Item.etag === 'string' ? { etag: Item.etag } : {}) };
  }

  async *listSources(bucket: string, prefix: string): AsyncIterable<SourcePointer> {
    const pages = this.queryAll({
      IndexName: listing.name,
      KeyConditionExpression: '#lpk = :partition AND begins_with(#lsk, :prefix)',
      ExpressionAttributeNames: { '#lpk': listing.partitionKey, '#lsk': listing.sortKey, '#articleId': 'articleId', '#etag': 'etag' },
      ExpressionAttributeValues: { ':partition': `SOURCES#${bucket}`, ':prefix': prefix },
      ProjectionExpression: '#lsk, #articleId, #etag',
    });
    for await (const items of pages) {
      for (const item of items) {
        const key = item[listing.sortKey];
        if (typeof key === 'string' && typeof item.articleId === 'string') yield { key, articleId: item.articleId, ...(typeof item.etag === 'string' ? { etag: item.etag } : {}) };
      }
    }
  }

  async removeSource(source: SourceRef): Promise<{ articleId: string; articleDeleted: boolean } | undefined> {
    const articleId = await this.articleIdForSource(source);
    if (!articleId) return undefined;
    // The article first, the SOURCE item last: a retry after a failure in between still finds the
    // SOURCE item and finishes the job (each step is idempotent).
    const detached = await this.detachSource(articleId, source);
    await this.documents
      .send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: sourceKey(source),
          ConditionExpression: '#articleId = :articleId',
          ExpressionAttributeNames: { '#articleId': 'articleId' },
          ExpressionAttributeValues: { ':articleId': articleId },
        }),
      )
      .catch((error: unknown) => {
        // A newer upload under the same key points it elsewhere now: that pointer stays.
        if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      });
    return detached;
  }

  /**
   * Records that `source` now holds article `id`. An overwritten object held other content
   * before: that article loses the source first (and goes if it was its last), then the pointer
   * moves, so a retry after a failure in between still sees the old pointer and detaches it.
   */
  private async pointSourceAt(source: SourceRef, id: string): Promise<void> {
    const previous = await this.articleIdForSource(source);
    if (previous && previous !== id) await this.detachSource(previous, source);
    await this.documents.send(new PutCommand({ TableName: this.tableName, Item: { ...sourceKey(source), ...sourceListingKey(source), articleId: id, etag: source.etag } }));
  }

  private async detachSource(articleId: string, source: SourceRef): Promise<{ articleId: string; articleDeleted: boolean }> {
    let remaining: Record<string, unknown> | undefined;
    try {
      ({ Attributes: remaining } = await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: articleKey(articleId),
          ConditionExpression: 'attribute_exists(#pk)',
          UpdateExpression: 'DELETE #sources :sourceSet',
          ExpressionAttributeNames: { '#pk': PK, '#sources': 'sources' },
          ExpressionAttributeValues: { ':sourceSet': new Set([sourceId(source)]) },
          ReturnValues: 'ALL_NEW',
        }),
      ));
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
      // Already gone: a retry after the article was deleted; sweep any quotes the first try left.
      await this.deleteQuoteSet(articleId, '');
      return { articleId, articleDeleted: false };
    }
    for (let attempt = 1; ; attempt++) {
      if (!remaining || (remaining.sources instanceof Set && remaining.sources.size > 0)) return { articleId, articleDeleted: false };
      if (await this.deleteDetached(articleId, remaining)) break;
      // A run flipped in another summary since `remaining` was read (its counts are now the ones
      // to take back), a new upload re-added a source, or the article went: read it again.
      if (attempt === DELETE_ATTEMPTS) throw new Error(`Article ${articleId} kept changing while its last source was removed; the delete will be retried`);
      remaining = await this.getRawArticle(articleId);
    }
    await this.deleteQuoteSet(articleId, '');
    return { articleId, articleDeleted: true };
  }

  /**
   * Deletes an article that has no source left, taking its summary's speaker counts back in the
   * same transaction. The delete holds only while the article is as read: still without a
   * source, and still on the summary (quote set) the counts come from; a run that flipped in
   * another summary in between moved the counts, and taking back the old ones would skew them.
   * False when the article changed.
   */
  private async deleteDetached(articleId: string, article: Record<string, unknown>): Promise<boolean> {
    const speakers = this.speakerCountChanges(speakersOf(article), []);
    const quoteSet = typeof article.quoteSet === 'string' ? article.quoteSet : undefined;
    try {
      await this.documents.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Delete: {
                TableName: this.tableName,
                Key: articleKey(articleId),
                ConditionExpression: `attribute_exists(#pk) AND attribute_not_exists(#sources) AND ${quoteSet === undefined ? 'attribute_not_exists(#quoteSet)' : '#quoteSet = :quoteSet'}`,
                ExpressionAttributeNames: { '#pk': PK, '#sources': 'sources', '#quoteSet': 'quoteSet' },
                ...(quoteSet === undefined ? {} : { ExpressionAttributeValues: { ':quoteSet': quoteSet } }),
              },
            },
            ...speakers.slice(0, SPEAKERS_PER_TRANSACTION),
          ],
        }),
      );
    } catch (error) {
      if (error instanceof TransactionCanceledException && error.CancellationReasons?.[0]?.Code === 'ConditionalCheckFailed') return false;
      throw error;
    }
    for (const update of speakers.slice(SPEAKERS_PER_TRANSACTION)) await this.documents.send(new UpdateCommand(update.Update));
    return true;
  }

  async findWork({ kind, before, limit, cursor }: WorkQuery): Promise<Page<WorkItem>> {
    const partition = { pending: 'STATUS#PENDING', processing: 'STATUS#PROCESSING', failed: 'STATUS#FAILED', outdated: 'STATUS#SUMMARIZED' }[kind];
    const bound = kind === 'outdated' ? sortableVersion(before) : before;
    return this.queryPage<WorkItem>(`work|${kind}|${bound}`, limit, cursor, [...TABLE_KEYS, byStatus.partitionKey, byStatus.sortKey], {
      IndexName: byStatus.name,
      KeyConditionExpression: '#wpk = :partition AND #wsk < :bound',
      ExpressionAttributeNames: { '#wpk': byStatus.partitionKey, '#wsk': byStatus.sortKey },
      ExpressionAttributeValues: { ':partition': partition, ':bound': bound },
      // Newest first: the articles a reader is most likely to open.
      ScanIndexForward: false,
    });
  }

  async claimForRerun(id: string, expected: { status: ArticleRecord['status']; updatedAt: string }, leaseMs: number): Promise<boolean> {
    const now = this.now();
    try {
      await this.documents.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: articleKey(id),
          ConditionExpression: '#status = :expected AND #updatedAt = :expectedAt AND (attribute_not_exists(#leaseUntil) OR #leaseUntil < :now)',
          UpdateExpression: 'SET #status = :pending, #updatedAt = :nowIso, #leaseUntil = :lease, #wpk = :work, #wsk = :workKey',
          ExpressionAttributeNames: { '#status': 'status', '#updatedAt': 'updatedAt', '#leaseUntil': 'leaseUntil', '#wpk': byStatus.partitionKey, '#wsk': byStatus.sortKey },
          ExpressionAttributeValues: {
            ':expected': expected.status, ':expectedAt': expected.updatedAt, ':now': now.getTime(), ':nowIso': now.toISOString(), ':pending': 'PENDING',
            ':lease': now.getTime() + leaseMs, ':work': 'STATUS#PENDING', ':workKey': `${now.toISOString()}#${id}`,
          },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  private async getRawArticle(id: string): Promise<Record<string, unknown> | undefined> {
    const { Item } = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: articleKey(id), ConsistentRead: true }));
    return Item;
  }

  /** Per-speaker deltas between an article's old and new speakers, as transaction updates. */
  private speakerCountChanges(before: readonly SpeakerDigest[], after: readonly SpeakerDigest[]) {
    const changes = new Map<string, { name: string; quotes: number; articles: number }>();
    for (const s of before) changes.set(s.id, { name: s.name, quotes: -s.quoteCount, articles: -1 });
    for (const s of after) {
      const old = changes.get(s.id);
      changes.set(s.id, { name: s.name, quotes: (old?.quotes ?? 0) + s.quoteCount, articles: (old?.articles ?? 0) + 1 });
    }
    return [...changes]
      .filter(([, c]) => c.quotes !== 0 || c.articles !== 0)
      .map(([speakerId, c]) => ({
        Update: {
          TableName: this.tableName,
          Key: speakerKey(speakerId),
          UpdateExpression: 'SET #id = :id, #name = :name, #lpk = :speakers, #lsk = :id ADD #quoteCount :quotes, #articleCount :articles',
          ExpressionAttributeNames: { '#id': 'id', '#name': 'name', '#lpk': listing.partitionKey, '#lsk': listing.sortKey, '#quoteCount': 'quoteCount', '#articleCount': 'articleCount' },
          ExpressionAttributeValues: { ':id': speakerId, ':name': c.name, ':speakers': 'SPEAKERS', ':quotes': c.quotes, ':articles': c.articles },
        },
      }));
  }

  private async queryPage<T>(scope: string, limit: number, cursor: string | undefined, keyNames: readonly string[], input: Omit<QueryCommandInput, 'TableName'>): Promise<Page<T>> {
    let startKey: Record<string, unknown> | undefined = this.cursors.decode(scope, cursor, keyNames);
    const items: T[] = [];
    // A filter thins pages out, so keep reading until the page is full or the index ends.
    do {
      const page = await this.documents.send(new QueryCommand({ ...input, TableName: this.tableName, Limit: limit - items.length, ExclusiveStartKey: startKey }));
      items.push(...(page.Items ?? []).map((item) => withoutKeys<T>(item)));
      startKey = page.LastEvaluatedKey;
    } while (startKey && items.length < limit);
    const next = this.cursors.encode(scope, startKey);
    return next ? { items, cursor: next } : { items };
  }

  /** Deletes one quote set, or every quote of the article when `set` is empty. */
  private async deleteQuoteSet(articleId: string, set: string): Promise<void> {
    const pages = this.queryAll({
      KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :prefix)',
      ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
      ExpressionAttributeValues: { ':pk': `ARTICLE#${articleId}`, ':prefix': set ? `QUOTE#${set}#` : 'QUOTE#' },
      ProjectionExpression: '#pk, #sk',
    });
    for await (const keys of pages) await this.batchWrite(keys.map((Key) => ({ DeleteRequest: { Key } })));
  }

  /** Every page of a query, one page of items at a time. */
  private async *queryAll(input: Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'>): AsyncGenerator<Record<string, unknown>[]> {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await this.documents.send(new QueryCommand({ ...input, TableName: this.tableName, ExclusiveStartKey: startKey }));
      yield page.Items ?? [];
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }

  private async batchWrite(requests: Record<string, unknown>[]): Promise<void> {
    for (let i = 0; i < requests.length; i += BATCH_WRITE_LIMIT) {
      let pending: Record<string, unknown>[] | undefined = requests.slice(i, i + BATCH_WRITE_LIMIT);
      // DynamoDB may hand back unprocessed items under load; retry them with a short backoff.
      for (let attempt = 0; pending && pending.length > 0; attempt++) {
        if (attempt > 8) throw new Error(`DynamoDB left ${pending.length} writes unprocessed after retries`);
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
        const result = await this.documents.send(new BatchWriteCommand({ RequestItems: { [this.tableName]: pending as never } }));
        pending = result.UnprocessedItems?.[this.tableName] as Record<string, unknown>[] | undefined;
      }
    }
  }
}
