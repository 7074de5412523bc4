import { deflateRawSync, inflateRawSync } from 'node:zlib';

/**
 * Large JSON values (an article's summary, a group of quotes) as DynamoDB binary attributes,
 * deflated: DynamoDB bills writes per started KB of an item and of each index copy, and these
 * values shrink to about a third. The store unpacks them on every read, so the API serves them as
 * before; only someone reading the table directly sees bytes.
 */
export function packJson(value: unknown): Uint8Array {
  const packed = deflateRawSync(JSON.stringify(value));
  return new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
}

/** A packed value, or one written before packing (stored as a map or list), as it was. */
export function unpackJson<T>(stored: unknown): T {
  if (stored instanceof Uint8Array) return JSON.parse(inflateRawSync(stored).toString('utf8')) as T;
  return stored as T;
}
