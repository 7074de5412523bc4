/**
 * The one definition of the table and the bucket: the CDK stack and local mode both read it, so
 * the key schema and indexes cannot drift apart.
 */

export const TABLE = {
  defaultName: 'precis',
  partitionKey: 'pk',
  sortKey: 'sk',
  timeToLiveAttribute: 'expiresAt',
  indexes: {
    /** Quotes by speaker across articles, newest first: `SPEAKER#<speakerId>` / `<time>#<articleId>#<nnnn>`. */
    bySpeaker: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    /** Articles newest first: `ARTICLES` / `<createdAt>#<articleId>`. */
    byTime: { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  },
} as const;

export type TableIndex = (typeof TABLE.indexes)[keyof typeof TABLE.indexes];

export const BUCKET = {
  /** Uploads land here; only these trigger the pipeline. */
  incomingPrefix: 'incoming/',
  /** Stage outputs, `artifacts/<articleId>/<stage>.json`; short-lived. */
  artifactsPrefix: 'artifacts/',
  artifactsExpireDays: 7,
  extensions: ['.txt', '.md', '.html', '.htm'],
} as const;
