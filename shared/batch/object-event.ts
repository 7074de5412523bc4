import type { ObjectEvent } from '../pipeline/stage-messages';
import type { SourceRef } from '../store/article-record';
import type { ObjectInfo } from '../store/ports';

/** The event a re-run starts with: the one S3 sent for the upload. Size and etag are left out, as they may be stale; the stage reads them fresh. */
export function objectEventForSource(source: Pick<SourceRef, 'bucket' | 'key'>): ObjectEvent {
  return { detail: { bucket: { name: source.bucket }, object: { key: source.key } } };
}

/** The event S3 would have sent for an upload whose own event was lost; the listing is fresh, so size and etag go along. */
export function objectEventForListedObject(bucket: string, object: ObjectInfo): ObjectEvent {
  return { detail: { bucket: { name: bucket }, object: { key: object.key, size: object.size, ...(object.etag ? { etag: object.etag } : {}) } } };
}
