/** The parts of s3rver's FilesystemStore this module wraps (s3rver 3.7). */
export interface BucketStore {
  getBucket(bucket: string): Promise<unknown>;
  putBucket(bucket: string): Promise<unknown>;
  getSubresource(bucket: string, key: string | undefined, resourceType: string): Promise<unknown>;
  putSubresource(bucket: string, key: string | undefined, resource: { type: string }): Promise<void>;
  deleteSubresource(bucket: string, key: string | undefined, resourceType: string): Promise<void>;
  deleteBucket(bucket: string): Promise<void>;
  reset(): void;
}

/**
 * Makes the local S3 server remember what it knows of a bucket between requests: that it
 * exists, and its CORS and website configuration. s3rver reads them from the file system on
 * every request (a stat of the bucket's folder, and for a bucket without CORS or website
 * configuration, like ours, two file reads that fail), which was about a tenth of the local
 * stack's node CPU. A bucket or configuration created, set or deleted through the API, or a
 * reset of the store, replaces what is remembered, so answers do not change. A bucket found
 * missing is not remembered; object-level subresources (ACLs, tags) are read as before. Local
 * mode only; the store is changed in place.
 */
export function rememberBuckets(store: BucketStore): void {
  const remembered = new Map<string, Promise<unknown>>();
  const keyOf = (bucket: string, resourceType: string) => `${bucket}\u0000${resourceType}`;
  const get = store.getSubresource.bind(store);
  const put = store.putSubresource.bind(store);
  const remove = store.deleteSubresource.bind(store);
  store.getSubresource = (bucket, key, resourceType) => {
    if (key !== undefined) return get(bucket, key, resourceType);
    const id = keyOf(bucket, resourceType);
    let config = remembered.get(id);
    if (config === undefined) {
      config = get(bucket, key, resourceType);
      remembered.set(id, config);
      // A failed read is not remembered: the next request tries again.
      config.catch(() => remembered.delete(id));
    }
    return config;
  };
  store.putSubresource = async (bucket, key, resource) => {
    if (key === undefined) remembered.delete(keyOf(bucket, resource.type));
    await put(bucket, key, resource);
    if (key === undefined) remembered.delete(keyOf(bucket, resource.type));
  };
  store.deleteSubresource = async (bucket, key, resourceType) => {
    if (key === undefined) remembered.delete(keyOf(bucket, resourceType));
    await remove(bucket, key, resourceType);
    if (key === undefined) remembered.delete(keyOf(bucket, resourceType));
  };
  const buckets = new Map<string, Promise<unknown>>();
  const getBucket = store.getBucket.bind(store);
  const putBucket = store.putBucket.bind(store);
  const deleteBucket = store.deleteBucket.bind(store);
  const reset = store.reset.bind(store);
  store.getBucket = (bucket) => {
    let found = buckets.get(bucket);
    if (found === undefined) {
      found = getBucket(bucket);
      buckets.set(bucket, found);
      found.then(
        (value) => value === null && buckets.get(bucket) === found && buckets.delete(bucket),
        () => buckets.get(bucket) === found && buckets.delete(bucket),
      );
    }
    return found;
  };
  const forgetBucket = (bucket: string) => {
    buckets.delete(bucket);
    for (const id of remembered.keys()) if (id.startsWith(keyOf(bucket, ''))) remembered.delete(id);
  };
  store.putBucket = async (bucket) => {
    forgetBucket(bucket);
    const made = await putBucket(bucket);
    forgetBucket(bucket);
    return made;
  };
  store.deleteBucket = async (bucket) => {
    forgetBucket(bucket);
    await deleteBucket(bucket);
    forgetBucket(bucket);
  };
  store.reset = () => {
    remembered.clear();
    buckets.clear();
    reset();
  };
}
