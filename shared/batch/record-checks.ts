import { createHash } from 'node:crypto';

/** The share of records checked when the settings name none: every key about once in 32 runs. */
export const DEFAULT_RECORD_CHECK_EVERY = 32;

/** A stable, well-spread number per key: the first four bytes of its SHA-1. */
const keyHash = (key: string): number => createHash('sha1').update(key).digest().readUInt32BE(0);

/**
 * Whether a batch run started at `now` checks the record of `key` for its article. A key whose
 * SOURCE record and ETag agree with the bucket looks settled to the reconciliation walk, yet two
 * concurrent runs can still leave its record naming an article that was deleted (the race in
 * RELIABILITY.md: the pointer and the article are two writes). Looking every record up on every
 * run would cost a read per upload; one in `every` per run, a different one each minute, finds
 * such a key within about `every` runs for a read per `every` uploads.
 */
export function checksRecord(key: string, now: Date, every: number = DEFAULT_RECORD_CHECK_EVERY): boolean {
  if (every <= 1) return true;
  const minute = Math.floor(now.getTime() / 60_000);
  return (keyHash(key) + minute) % every === 0;
}
