import { ListObjectsCommand, type S3Client } from '@aws-sdk/client-s3';
import type { BlobStore, ObjectInfo } from '../../shared/store/ports';

/**
 * The S3 server (s3rver 3.7.1) answers ListObjectsV2 with a 500 once the soak's bucket holds a
 * few thousand objects, while ListObjects (v1) still works; S3BlobStore lists with v2. This
 * swaps in a v1 listing (Marker pagination) and leaves every other method to the real adapter,
 * so that the batch's lost-event pass and the final check can list the bucket at all.
 */
export function withV1Listing<T extends BlobStore>(blobs: T, client: S3Client): T {
  async function* list(prefix: string): AsyncIterable<ObjectInfo> {
    let marker: string | undefined;
    for (;;) {
      const page = await client.send(new ListObjectsCommand({ Bucket: blobs.bucket, Prefix: prefix, Marker: marker }));
      const contents = page.Contents ?? [];
      for (const object of contents) {
        if (object.Key) yield { key: object.Key, size: object.Size ?? 0, ...(object.ETag ? { etag: object.ETag.replaceAll('"', '') } : {}) };
      }
      // Without a delimiter S3 leaves NextMarker out: the last key of the page is the marker.
      marker = page.NextMarker ?? contents.at(-1)?.Key;
      if (!page.IsTruncated || !marker) return;
    }
  }
  return new Proxy(blobs, { get: (target, property, receiver) => (property === 'list' ? list : Reflect.get(target, property, receiver)) });
}
