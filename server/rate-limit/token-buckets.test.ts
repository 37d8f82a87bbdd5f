import { describe, expect, it } from 'vitest';
import { createTokenBuckets } from './token-buckets.ts';

describe('createTokenBuckets', () => {
  it('lets a burst through, then one call per 1/rate seconds', () => {
    const buckets = createTokenBuckets({ perSecond: 2, burst: 3 });
    for (let i = 0; i < 3; i += 1) {
      expect(buckets.waitMs('a', 0)).toBe(0);
      buckets.take('a', 0);
    }
    expect(buckets.waitMs('a', 0)).toBe(500);
    expect(buckets.waitMs('a', 499)).toBeGreaterThan(0);
    expect(buckets.waitMs('a', 500)).toBe(0);
    expect(buckets.waitMs('b', 0)).toBe(0);
  });

  it('goes into debt for calls charged after they ran, and makes later calls wait it off', () => {
    const buckets = createTokenBuckets({ perSecond: 1, burst: 1 });
    buckets.take('a', 0);
    buckets.take('a', 0);
    buckets.take('a', 0);
    expect(buckets.waitMs('a', 0)).toBe(3000);
    expect(buckets.waitMs('a', 3000)).toBe(0);
  });

  it('never refills beyond the burst, and ignores a clock that steps back', () => {
    const buckets = createTokenBuckets({ perSecond: 10, burst: 2 });
    buckets.take('a', 0);
    buckets.take('a', 3_600_000);
    buckets.take('a', 3_600_000);
    expect(buckets.waitMs('a', 3_600_000)).toBe(100);
    buckets.take('a', 1_000);
    expect(buckets.waitMs('a', 1_000)).toBe(200);
  });

  it('forgets buckets once they have refilled, so idle callers cost no memory', () => {
    const buckets = createTokenBuckets({ perSecond: 1, burst: 2 });
    for (let i = 0; i < 100; i += 1) buckets.take(`idle-${i}`, 0);
    expect(buckets.size).toBe(100);
    for (let i = 0; i < 60; i += 1) buckets.take('busy', 1_000 + i * 1_000);
    expect(buckets.size).toBe(1);
  });

  it('keeps at most maxBuckets, dropping the least recently used', () => {
    const buckets = createTokenBuckets({ perSecond: 1, burst: 2 }, 3);
    for (const key of ['a', 'b', 'c']) {
      buckets.take(key, 0);
      buckets.take(key, 0);
    }
    buckets.take('a', 0);
    buckets.take('d', 0);
    expect(buckets.size).toBe(3);
    expect(buckets.waitMs('b', 0)).toBe(0);
    expect(buckets.waitMs('a', 0)).toBeGreaterThan(0);
    expect(buckets.waitMs('c', 0)).toBeGreaterThan(0);
  });
});
