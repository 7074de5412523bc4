import { describe, expect, it } from 'vitest';
import { entityTag, matchesIfNoneMatch } from '../../../shared/api/entity-tag';

describe('entity tags', () => {
  it('gives equal bodies equal strong tags and different bodies different ones', () => {
    expect(entityTag('{"a":1}')).toBe(entityTag('{"a":1}'));
    expect(entityTag('{"a":1}')).not.toBe(entityTag('{"a":2}'));
    expect(entityTag('x')).toMatch(/^"[\w-]{27}"$/);
  });

  it.each([
    ['the same tag', (tag: string) => tag, true],
    ['the tag in a list', (tag: string) => `"other", ${tag}`, true],
    ['the weakened tag', (tag: string) => `W/${tag}`, true],
    ['a star', () => '*', true],
    ['another tag', () => '"other"', false],
    ['no header', () => undefined, false],
  ])('If-None-Match with %s matches: %s', (_name, header, expected) => {
    const tag = entityTag('body');
    expect(matchesIfNoneMatch(header(tag), tag)).toBe(expected);
  });
});
