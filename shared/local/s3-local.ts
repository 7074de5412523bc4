import type { EventEmitter } from 'node:events';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { type FilesystemStore, makeObjectWritesAtomic } from './atomic-object-writes';
import { type BucketStore, rememberBuckets } from './remembered-buckets';

export interface S3Local {
  readonly endpoint: string;
  /** S3-shaped notification records, as the server emits them for each put and delete. */
  onObjectEvent(listener: (record: S3NotificationRecord) => void): void;
  stop(): Promise<void>;
}

export interface S3NotificationRecord {
  readonly eventName: string;
  readonly s3: { readonly bucket: { readonly name: string }; readonly object: { readonly key: string; readonly size?: number; readonly eTag?: string } };
}

/** An S3-compatible server on loopback that keeps its objects in `directory`. */
export async function startS3Local(options: { directory: string; bucket: string; port?: number }): Promise<S3Local> {
  mkdirSync(options.directory, { recursive: true });
  const server = new S3rver({ address: '127.0.0.1', port: options.port ?? 0, silent: true, directory: options.directory, configureBuckets: [{ name: options.bucket, configs: [] }] });
  // s3rver keeps its FilesystemStore on `store`, though its typings do not say so.
  const store = (server as unknown as { store: FilesystemStore & BucketStore }).store;
  makeObjectWritesAtomic(store);
  rememberBuckets(store);
  const address = (await server.run()) as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    onObjectEvent: (listener) =>
      // s3rver is a Koa app, so an EventEmitter, though its typings do not say so.
      (server as unknown as EventEmitter).on('event', (event: { Records: S3NotificationRecord[] }) => {
        for (const record of event.Records) listener(record);
      }),
    stop: async () => {
      await server.close();
    },
  };
}
