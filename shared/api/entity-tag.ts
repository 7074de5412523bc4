import { createHash } from 'node:crypto';

/** A strong validator: the body's hash, so equal bodies share a tag across Lambda instances. */
export const entityTag = (body: string): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/**
 * RFC 9110 If-None-Match: a list of tags or `*`, compared weakly (a `W/` prefix is ignored),
 * because a proxy that compresses the body may weaken the tag it passes on.
 */
export function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const wanted = tag.replace(/^W\//, '');
  return header.split(',').some((candidate) => {
    const trimmed = candidate.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === wanted;
  });
}
