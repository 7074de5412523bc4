import { DynamoDBClient } from '../../aws/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '../../aws/lib-dynamodb';
import type { ObjectLeases } from '../../batch/object-leases';
import { type SourceRef, sourceId } from '../article-record';
import type { BatchRunRecord } from '../batch-run-record';
import type { BatchRunStore, Page, PageQuery } from '../ports';
import { TABLE } from '../table-definition';
import { PageCursors } from './page-cursor';

const { partitionKey: PK, sortKey: SK } = TABLE;
const { listing } = TABLE.indexes;

const runKey = (runId: string) => ({ [PK]: `BATCH#${runId}`, [SK]: 'META' });
const leaseKey = (source: Pick<SourceRef, 'bucket' | 'key'>) => ({ [PK]: `LEASE#${sourceId(source)}`, [SK]: 'META' });
const BATCHES_PARTITION = 'BATCHES';
const INTERNAL_ATTRIBUTES = [PK, SK, listing.partitionKey, listing.sortKey];
const LISTING_KEYS = [PK, SK, listing.partitionKey, listing.sortKey] as const;
/** TTL deletes lazily (within days), so correctness rests on `leaseUntil`; the TTL only tidies up. */
const LEASE_TTL_SLACK_SECONDS = 3600;
/** The signed-cursor scope: a cursor from an article or speaker listing is refused here. */
const CURSOR_SCOPE = 'batches';

/** The record is kept whole in one map attribute, `run`, so the listing index copies one attribute for it; items written flat by earlier versions still read. */
function toRecord(item: Record<string, unknown>): BatchRunRecord {
  if (item.run !== null && typeof item.run === 'object') return item.run as BatchRunRecord;
  const copy = { ...item };
  for (const name of INTERNAL_ATTRIBUTES) delete copy[name];
  return copy as unknown as BatchRunRecord;
}

export interface DynamoBatchRunStoreOptions {
  readonly tableName: string;
  /** Tests inject a client; otherwise one is built from the environment. */
  readonly client?: DynamoDBClient;
  /** The clock leases are measured against; tests move it. */
  readonly now?: () => Date;
  /** Signs page cursors; pass the same key as the article store so one secret serves both. */
  readonly cursorKey?: string;
}

/**
 * The batch's own items: runs, `BATCH#<runId>` / `META`, listed newest first on the listing index
 * under `BATCHES` / `<startedAt>#<runId>`; and leases on uploads that have no record yet,
 * `LEASE#<bucket>/<key>` / `META`, which expire by TTL.
 */
export class DynamoBatchRunStore implements BatchRunStore, ObjectLeases {
  private readonly documents: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly cursors: PageCursors;
  private readonly now: () => Date;

  constructor(options: DynamoBatchRunStoreOptions) {
    this.tableName = options.tableName;
    this.now = options.now ?? (() => new Date());
    this.cursors = new PageCursors(options.cursorKey ?? `precis:${options.tableName}`);
    this.documents = DynamoDBDocumentClient.from(options.client ?? new DynamoDBClient({}), {
      marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
    });
  }

  /** Writes the whole record: a run puts itself once when it starts and again when it ends. */
  async putRun(run: BatchRunRecord): Promise<void> {
    await this.documents.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { run, ...runKey(run.runId), [listing.partitionKey]: BATCHES_PARTITION, [listing.sortKey]: `${run.startedAt}#${run.runId}` },
      }),
    );
  }

  async getRun(runId: string): Promise<BatchRunRecord | undefined> {
    const { Item } = await this.documents.send(new GetCommand({ TableName: this.tableName, Key: runKey(runId), ConsistentRead: true }));
    return Item ? toRecord(Item) : undefined;
  }

  /** Newest first; throws InvalidCursorError for a cursor this listing did not issue. */
  async listRuns({ limit, cursor }: PageQuery): Promise<Page<BatchRunRecord>> {
    const startKey = this.cursors.decode(CURSOR_SCOPE, cursor, LISTING_KEYS);
    const page = await this.documents.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: listing.name,
        KeyConditionExpression: '#lpk = :batches',
        ExpressionAttributeNames: { '#lpk': listing.partitionKey },
        ExpressionAttributeValues: { ':batches': BATCHES_PARTITION },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = (page.Items ?? []).map(toRecord);
    const next = this.cursors.encode(CURSOR_SCOPE, page.LastEvaluatedKey);
    return next ? { items, cursor: next } : { items };
  }

  /** A conditional put: it succeeds when there is no lease on the object or the last one ran out. */
  async claimObject(source: Pick<SourceRef, 'bucket' | 'key'>, runId: string, leaseMs: number): Promise<boolean> {
    const now = this.now().getTime();
    try {
      await this.documents.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...leaseKey(source), runId, leaseUntil: now + leaseMs, [TABLE.timeToLiveAttribute]: Math.ceil((now + leaseMs) / 1000) + LEASE_TTL_SLACK_SECONDS },
          ConditionExpression: 'attribute_not_exists(#pk) OR #leaseUntil < :now',
          ExpressionAttributeNames: { '#pk': PK, '#leaseUntil': 'leaseUntil' },
          ExpressionAttributeValues: { ':now': now },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }
}
