/**
 * The one definition of the table and the bucket: the CDK stack and local mode both read it, so
 * the key schema and indexes cannot drift apart.
 *
 * Items (single table):
 *   ARTICLE#<id> / META               the article: status, source(s), summary (packed), current quote set
 *   ARTICLE#<id> / QUOTE#<set>#…     its quotes in groups: `S#<speakerId>#<nn>` per speaker, `U#<nn>` for
 *                                     the unattributed, each a packed list; a new run writes a new set, then
 *                                     flips the pointer. Packed: deflated JSON (dynamo/packed-json.ts).
 *   SOURCE#<bucket>/<key> / META      which article an object produced (deletes, lost events)
 *   SPEAKER#<speakerId> / META        a speaker's quote and article counts across articles
 *   BATCH#<runId> / META              one batch run and its counts
 */
export const TABLE = {
  defaultName: 'precis',
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  indexes: {
    /**
     * Quotes by speaker across articles, newest first: one entry per article and speaker (a quote
     * group), `SPEAKER#<speakerId>` / `<createdAt>#<articleId>#<nn>`. Unattributed quotes are not in it.
     */
    bySpeaker: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk', projection: 'ALL' },
    /**
     * Listings, one partition each: `ARTICLES` / `<createdAt>#<id>` (newest first), `SPEAKERS` /
     * `<speakerId>` (prefix search), `BATCHES` / `<startedAt>#<runId>`, `SOURCES#<bucket>` / `<key>`
     * (in key order, walked beside the bucket's listing to find lost events and lost deletes).
     * Only what a listing shows is copied: an article's summary (most of its item) stays in the
     * table, so writing it costs no index write, and status changes copy a few hundred bytes.
     * DynamoDB allows at most 20 projected attributes per index.
     */
    listing: {
      name: 'gsi2',
      partitionKey: 'gsi2pk',
      sortKey: 'gsi2sk',
      projection: [
        // articles (the API's ArticleListItem)
        'id', 'title', 'status', 'error', 'source', 'createdAt', 'updatedAt', 'pipelineVersion', 'stats',
        // speakers
        'name', 'quoteCount', 'articleCount',
        // batch runs (each kept whole in one map)
        'run',
        // sources
        'articleId', 'etag',
      ],
    },
    /**
     * Sparse work index for batch runs, so that finding work never scans: `STATUS#PENDING` and
     * `STATUS#PROCESSING` / `<updatedAt>#<id>`, `STATUS#FAILED` / `<updatedAt>#<id>` (retryable
     * failures only), `STATUS#SUMMARIZED` / `<sortable pipeline version>#<createdAt>#<id>`.
     * It holds what a batch run needs to claim an article and find an upload to re-run it from.
     */
    byStatus: { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk', projection: ['id', 'status', 'updatedAt', 'createdAt', 'pipelineVersion', 'source', 'sources'] },
  },
} as const;

export type TableIndex = (typeof TABLE.indexes)[keyof typeof TABLE.indexes];

export const BUCKET = {
  /** Uploads land here; only these trigger the pipeline. */
  incomingPrefix: 'incoming/',
  /** Stage outputs too large to travel inline in the state machine, `artifacts/<articleId>/<stage>.json`; short-lived. */
  artifactsPrefix: 'artifacts/',
  artifactsExpireDays: 7,
  /** The normalized text of each article, `articles/<articleId>/text.txt`, which every offset points into. */
  articlesPrefix: 'articles/',
  extensions: ['.txt', '.md', '.html', '.htm'],
} as const;
