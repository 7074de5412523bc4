import { createHash } from 'node:crypto';

/** One id per distinct content, so the same article uploaded twice is one record. */
export const articleIdFor = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex').slice(0, 32);
