import type { RateLimitSettings } from './settings.ts';

type Bucket = { tokens: number; at: number };

/** Enough for every terminal, wallet and client address a shop sees, in about a megabyte. */
export const MAX_BUCKETS = 10_000;
const IDLE_CHECKS_PER_TAKE = 2;

/**
 * Token buckets by key, O(1) per call. The map is kept in least-recently-used order, so idle
 * buckets sit at its front: each `take` drops up to two of them once they have refilled (a full
 * bucket behaves exactly like none), and the oldest one when there are more than `maxBuckets`.
 */
export function createTokenBuckets(settings: RateLimitSettings, maxBuckets = MAX_BUCKETS) {
  const buckets = new Map<string, Bucket>();
  const perMs = settings.perSecond / 1000;

  function level(bucket: Bucket | undefined, now: number): number {
    if (bucket === undefined) return settings.burst;
    return Math.min(settings.burst, bucket.tokens + Math.max(0, now - bucket.at) * perMs);
  }

  function evictIdle(now: number): void {
    let checked = 0;
    for (const [key, bucket] of buckets) {
      const crowded = buckets.size > maxBuckets;
      if (!crowded && (checked >= IDLE_CHECKS_PER_TAKE || level(bucket, now) < settings.burst)) {
        return;
      }
      buckets.delete(key);
      checked += 1;
    }
  }

  return {
    /** How long until `key` has a whole token: 0 when it has one now. Changes nothing. */
    waitMs(key: string, now: number): number {
      const tokens = level(buckets.get(key), now);
      return tokens >= 1 ? 0 : (1 - tokens) / perMs;
    },
    /**
     * Spends a token. Calls charged after they ran may find none left: the bucket then goes
     * into debt, and later calls wait for it to be paid back.
     */
    take(key: string, now: number): void {
      const tokens = level(buckets.get(key), now) - 1;
      buckets.delete(key);
      buckets.set(key, { tokens, at: now });
      evictIdle(now);
    },
    get size(): number {
      return buckets.size;
    },
  };
}
export type TokenBuckets = ReturnType<typeof createTokenBuckets>;
