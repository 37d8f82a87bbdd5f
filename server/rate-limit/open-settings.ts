/** The per-address ceiling on endpoints that need no credential: `perMinute` sustained, `burst` at once. */
export type OpenRateLimitSettings = { perMinute: number; burst: number };

/**
 * Pairing, the demo helpers and open wallet creation take a few calls per device and per minute;
 * 30 a minute lets a shop pair all its tablets at once and stops anyone guessing pairing codes
 * or minting demo wallets in a loop.
 */
export const DEFAULT_OPEN_RATE_LIMIT: OpenRateLimitSettings = { perMinute: 30, burst: 30 };
const MAX_PER_MINUTE = 1_000_000;

export type OpenRateLimitResult =
  { ok: true; openRateLimit: OpenRateLimitSettings | null } | { ok: false; errors: string[] };

/**
 * Reads OPEN_RATE_LIMIT_PER_MINUTE (0 or "off" turns the ceiling off) and OPEN_RATE_LIMIT_BURST
 * (the rate itself by default).
 */
export function parseOpenRateLimit(
  perMinuteText?: string,
  burstText?: string,
): OpenRateLimitResult {
  const errors: string[] = [];
  let perMinute = DEFAULT_OPEN_RATE_LIMIT.perMinute;
  if (perMinuteText !== undefined) {
    const off = perMinuteText.toLowerCase() === 'off';
    perMinute = off ? 0 : /^\d{1,7}$/.test(perMinuteText) ? Number(perMinuteText) : NaN;
    if (!(perMinute >= 0 && perMinute <= MAX_PER_MINUTE)) {
      errors.push(
        `OPEN_RATE_LIMIT_PER_MINUTE must be a whole number from 1 to ${MAX_PER_MINUTE}, or 0/off to turn the ceiling off; got "${perMinuteText}".`,
      );
    }
  }
  let burst = perMinuteText === undefined ? DEFAULT_OPEN_RATE_LIMIT.burst : Math.max(1, perMinute);
  if (burstText !== undefined) {
    burst = /^\d{1,9}$/.test(burstText) ? Number(burstText) : NaN;
    if (!(burst >= 1)) {
      errors.push(
        `OPEN_RATE_LIMIT_BURST must be a whole number of at least 1, got "${burstText}".`,
      );
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, openRateLimit: perMinute === 0 ? null : { perMinute, burst } };
}
