/** The parts of s3rver's FilesystemStore this module wraps (s3rver 3.7). */
export interface SubresourceStore {
  getSubresource(bucket: string, key: string | undefined, resourceType: string): Promise<unknown>;
  putSubresource(bucket: string, key: string | undefined, resource: { type: string }): Promise<void>;
  deleteSubresource(bucket: string, key: string | undefined, resourceType: string): Promise<void>;
  deleteBucket(bucket: string): Promise<void>;
  reset(): void;
}

/**
 * Makes the local S3 server remember a bucket's CORS and website configuration between requests.
 * s3rver's CORS and website middleware read them from files on every request, and a bucket
 * without them (ours) made each request fail two file reads, which was a tenth of the local
 * stack's node CPU. A configuration set or deleted through the API replaces what is remembered,
 * as does deleting the bucket or resetting the store, so answers do not change. Object-level subresources (ACLs, tags) are read as before. Local
 * mode only; the store is changed in place.
 */
export function rememberBucketConfigs(store: SubresourceStore): void {
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
  const deleteBucket = store.deleteBucket.bind(store);
  const reset = store.reset.bind(store);
  const forgetBucket = (bucket: string) => {
    for (const id of remembered.keys()) if (id.startsWith(keyOf(bucket, ''))) remembered.delete(id);
  };
  store.deleteBucket = async (bucket) => {
    forgetBucket(bucket);
    await deleteBucket(bucket);
    forgetBucket(bucket);
  };
  store.reset = () => {
    remembered.clear();
    reset();
  };
}
