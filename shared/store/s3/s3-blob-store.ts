import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsCommand, NoSuchKey, NotFound, PutObjectCommand, S3Client } from '../../aws/client-s3';
import type { BlobStore, ObjectInfo, StoredObject } from '../ports';

export interface S3BlobStoreOptions {
  readonly bucket: string;
  /** Tests and local mode inject a client; otherwise one is built from the environment. */
  readonly client?: S3Client;
}

export class S3BlobStore implements BlobStore {
  readonly bucket: string;
  private readonly client: S3Client;

  constructor(options: S3BlobStoreOptions) {
    this.bucket = options.bucket;
    this.client = options.client ?? new S3Client({});
  }

  async get(key: string): Promise<StoredObject | undefined> {
    let result;
    try {
      result = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
    if (!result.Body) throw new Error(`s3://${this.bucket}/${key} has no body`);
    const bytes = await result.Body.transformToByteArray();
    return result.ETag ? { bytes, etag: result.ETag.replaceAll('"', '') } : { bytes };
  }

  async head(key: string): Promise<ObjectInfo | undefined> {
    try {
      const result = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return { key, size: result.ContentLength ?? 0, ...(result.ETag ? { etag: result.ETag.replaceAll('"', '') } : {}) };
    } catch (error) {
      if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return undefined;
      throw error;
    }
  }

  async put(key: string, body: string | Uint8Array, contentType: string): Promise<void> {
    await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: body, ContentType: contentType }));
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  async deletePrefix(prefix: string): Promise<void> {
    // One call per key: an article has a handful of objects, and DeleteObjects needs a
    // Content-MD5 that S3-compatible local servers handle unevenly.
    for await (const object of this.list(prefix)) await this.delete(object.key);
  }

  async *list(prefix: string): AsyncIterable<ObjectInfo> {
    // ListObjects (V1) pages by marker, the last key seen. V2's continuation token works too on
    // S3, but the local S3 server signs it with DES, which Node's OpenSSL 3 no longer offers, so
    // a second page fails there.
    let marker: string | undefined;
    for (;;) {
      const page = await this.client.send(new ListObjectsCommand({ Bucket: this.bucket, Prefix: prefix, Marker: marker }));
      const contents = page.Contents ?? [];
      for (const object of contents) {
        if (object.Key) {
          yield {
            key: object.Key,
            size: object.Size ?? 0,
            ...(object.ETag ? { etag: object.ETag.replaceAll('"', '') } : {}),
            ...(object.LastModified ? { lastModified: object.LastModified.toISOString() } : {}),
          };
        }
      }
      marker = contents.at(-1)?.Key;
      if (!page.IsTruncated || !marker) return;
    }
  }

}
