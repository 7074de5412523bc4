import { CreateBucketCommand, DeleteBucketCommand, DeleteBucketCorsCommand, HeadBucketCommand, PutBucketCorsCommand, S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_S3_CLIENT_OPTIONS } from '../../shared/local/local-credentials';
import { type S3Local, startS3Local } from '../../shared/local/s3-local';
import { S3BlobStore } from '../../shared/store/s3/s3-blob-store';

/**
 * S3 replaces an object atomically: a GET during a PUT of the same key returns the old bytes or
 * the new, whole. The local server must too, or a stage reading an artifact while another run
 * of the same article rewrites it gets half a JSON document (the soak saw 2 such runs in 10,000).
 */
describe('the local S3 server', () => {
  let dir: string;
  let s3: S3Local;
  let blobs: S3BlobStore;
  let client: S3Client;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'precis-s3-'));
    s3 = await startS3Local({ directory: dir, bucket: 'atomic' });
    client = new S3Client({ ...LOCAL_S3_CLIENT_OPTIONS, endpoint: s3.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
    blobs = new S3BlobStore({ bucket: 'atomic', client });
  });
  afterAll(async () => {
    await s3.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('never serves a torn object while the same key is being rewritten', async () => {
    const size = 512 * 1024;
    const versions = ['a', 'b', 'c'].map((letter) => letter.repeat(size));
    await blobs.put('artifacts/x/segment.json', versions[0] as string, 'application/json');
    const torn: string[] = [];
    for (let round = 0; round < 12; round++) {
      const writes = [1, 2, 0].map((v) => blobs.put('artifacts/x/segment.json', versions[(v + round) % 3] as string, 'application/json'));
      const reads = Array.from({ length: 6 }, async () => {
        const stored = await blobs.get('artifacts/x/segment.json');
        const text = new TextDecoder().decode(stored?.bytes);
        if (!versions.includes(text)) torn.push(`round ${round}: ${text.length} bytes, starts ${text.slice(0, 1)} ends ${text.slice(-1)}`);
      });
      await Promise.all([...writes, ...reads]);
    }
    expect(torn).toEqual([]);
    // What was written last is what a read after the writes finish sees.
    await blobs.put('artifacts/x/segment.json', 'done', 'application/json');
    expect(new TextDecoder().decode((await blobs.get('artifacts/x/segment.json'))?.bytes)).toBe('done');
  }, 60_000);

  // The server remembers a bucket's CORS configuration between requests instead of reading a file
  // per request; one set or deleted through the API must still take effect at once.
  it('applies a CORS configuration as soon as it is set, and stops when it is deleted', async () => {
    await blobs.put('cors/object.txt', 'hello', 'text/plain');
    const allowedOrigin = async () => {
      const response = await fetch(`${s3.endpoint}/atomic/cors/object.txt`, { headers: { Origin: 'https://viewer.example' } });
      await response.arrayBuffer();
      return response.headers.get('access-control-allow-origin');
    };
    expect(await allowedOrigin()).toBeNull();
    await client.send(new PutBucketCorsCommand({ Bucket: 'atomic', CORSConfiguration: { CORSRules: [{ AllowedOrigins: ['https://viewer.example'], AllowedMethods: ['GET'] }] } }));
    expect(await allowedOrigin()).toBe('https://viewer.example');
    await client.send(new DeleteBucketCorsCommand({ Bucket: 'atomic' }));
    expect(await allowedOrigin()).toBeNull();
  });

  // The server also remembers that a bucket exists; one deleted or created through the API must
  // be gone or there at once.
  it('sees a bucket deleted and created again through the API at once', async () => {
    const exists = () =>
      client.send(new HeadBucketCommand({ Bucket: 'scratch' })).then(
        () => true,
        () => false,
      );
    expect(await exists()).toBe(false);
    await client.send(new CreateBucketCommand({ Bucket: 'scratch' }));
    expect(await exists()).toBe(true);
    await client.send(new DeleteBucketCommand({ Bucket: 'scratch' }));
    expect(await exists()).toBe(false);
    await client.send(new CreateBucketCommand({ Bucket: 'scratch' }));
    expect(await exists()).toBe(true);
  });
});
