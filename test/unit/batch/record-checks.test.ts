import { describe, expect, it } from 'vitest';
import { checksRecord } from '../../../shared/batch/record-checks';

const keys = Array.from({ length: 6400 }, (_, i) => `incoming/article-${i}.txt`);
const at = (minute: number) => new Date(Date.UTC(2026, 10, 25, 4, minute));

describe('checksRecord', () => {
  it('checks about one key in `every` per run, and every key when `every` is 1', () => {
    const checked = keys.filter((key) => checksRecord(key, at(0), 32)).length;
    expect(checked).toBeGreaterThan(6400 / 32 / 2);
    expect(checked).toBeLessThan((6400 / 32) * 2);
    expect(keys.every((key) => checksRecord(key, at(0), 1))).toBe(true);
  });

  it('is the same for the same run, and reaches every key within `every` runs a minute apart', () => {
    expect(keys.map((key) => checksRecord(key, at(7), 32))).toEqual(keys.map((key) => checksRecord(key, at(7), 32)));
    const reached = new Set<string>();
    for (let minute = 0; minute < 32; minute++) for (const key of keys) if (checksRecord(key, at(minute), 32)) reached.add(key);
    expect(reached.size).toBe(keys.length);
  });
});
