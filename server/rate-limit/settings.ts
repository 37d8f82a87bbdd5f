/** A token bucket per credential: `perSecond` sustained, up to `burst` at once. */
export type RateLimitSettings = { perSecond: number; burst: number };

/**
 * A busy till makes a call every few seconds, but a terminal back online replays its whole
 * outbox at once; 100/s lets that through and still stops a client stuck in a loop.
 */
export const DEFAULT_RATE_LIMIT: RateLimitSettings = { perSecond: 100, burst: 200 };
const MAX_PER_SECOND = 1_000_000;
/** Without RATE_LIMIT_BURST, a bucket holds this many seconds' worth of calls. */
const BURST_SECONDS = 2;

export type RateLimitResult =
  { ok: true; rateLimit: RateLimitSettings | null } | { ok: false; errors: string[] };

/** Reads RATE_LIMIT_PER_SECOND and RATE_LIMIT_BURST; a rate of 0 turns the limit off (null). */
export function parseRateLimit(perSecondText?: string, burstText?: string): RateLimitResult {
  const errors: string[] = [];
  let perSecond = DEFAULT_RATE_LIMIT.perSecond;
  if (perSecondText !== undefined) {
    perSecond = /^\d{1,7}(\.\d{1,3})?$/.test(perSecondText) ? Number(perSecondText) : NaN;
    if (!(perSecond >= 0 && perSecond <= MAX_PER_SECOND)) {
      errors.push(
        `RATE_LIMIT_PER_SECOND must be a number from 0 (off) to ${MAX_PER_SECOND}, got "${perSecondText}".`,
      );
    }
  }
  let burst =
    perSecondText === undefined
      ? DEFAULT_RATE_LIMIT.burst
      : Math.max(1, Math.ceil(perSecond * BURST_SECONDS));
  if (burstText !== undefined) {
    burst = /^\d{1,9}$/.test(burstText) ? Number(burstText) : NaN;
    if (!(burst >= 1)) {
      errors.push(`RATE_LIMIT_BURST must be a whole number of at least 1, got "${burstText}".`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, rateLimit: perSecond === 0 ? null : { perSecond, burst } };
}
