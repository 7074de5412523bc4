import { createHash } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Readable } from 'node:stream';

/** The parts of s3rver's FilesystemStore this module replaces or calls (s3rver 3.7). */
export interface FilesystemStore {
  getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5: string): Promise<void>;
  putObject(object: StoredObjectInput): Promise<{ size: number; md5: string }>;
  getObject(bucket: string, key: string, options?: unknown): Promise<unknown>;
  deleteObject(bucket: string, key: string): Promise<unknown>;
}

interface StoredObjectInput {
  readonly bucket: string;
  readonly key: string;
  readonly content: Buffer | Readable;
  readonly metadata: Record<string, string>;
}

async function bytesOf(content: Buffer | Readable): Promise<Buffer> {
  if (Buffer.isBuffer(content)) return content;
  const chunks: Buffer[] = [];
  for await (const chunk of content) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

/**
 * Makes the local S3 server replace objects the way S3 does: a GET during a PUT of the same key
 * returns the old object or the new one, whole. s3rver truncates and rewrites the object file in
 * place (and answers the PUT before the file is flushed), then rewrites its metadata; a GET in
 * between read half a file, or a length that did not match it. Now a PUT writes a temporary file
 * and renames it over the object (a GET that already opened the old file keeps reading it), and
 * per key, PUT, GET and DELETE run one at a time, so a GET never pairs new bytes with old
 * metadata. Local mode only; the store is changed in place.
 */
export function makeObjectWritesAtomic(store: FilesystemStore): void {
  const tails = new Map<string, Promise<unknown>>();
  let temporaries = 0;
  const oneAtATime = <T>(bucket: string, key: string, work: () => Promise<T>): Promise<T> => {
    const id = `${bucket}/${key}`;
    const run = (tails.get(id) ?? Promise.resolve()).then(work, work);
    const tail = run.catch(() => undefined);
    tails.set(id, tail);
    void tail.then(() => {
      if (tails.get(id) === tail) tails.delete(id);
    });
    return run;
  };

  const getObject = store.getObject.bind(store);
  const deleteObject = store.deleteObject.bind(store);
  store.putObject = async (object) => {
    // The body is read before the key's turn: a slow upload does not hold up readers of the old object.
    const bytes = await bytesOf(object.content);
    return oneAtATime(object.bucket, object.key, async () => {
      const path = store.getResourcePath(object.bucket, object.key, 'object');
      await mkdir(dirname(path), { recursive: true });
      // Not listed as an object: s3rver lists only files ending in its object suffix.
      const temporary = `${path}.${process.pid}-${++temporaries}.partial`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
      const md5 = createHash('md5').update(bytes).digest('hex');
      await store.putMetadata(object.bucket, object.key, object.metadata, md5);
      return { size: bytes.length, md5 };
    });
  };
  store.getObject = (bucket, key, options) => oneAtATime(bucket, key, () => getObject(bucket, key, options));
  store.deleteObject = (bucket, key) => oneAtATime(bucket, key, () => deleteObject(bucket, key));
}
