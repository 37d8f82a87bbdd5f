/** The longest Retry-After honoured; anything longer is treated as this (an hour). */
const MAX_RETRY_AFTER_MS = 3_600_000;

/**
 * Reads an HTTP Retry-After header (RFC 9110: delay-seconds or an HTTP-date) as milliseconds
 * from `now`. An absent or unreadable header gives undefined.
 */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (header === null) return undefined;
  const text = header.trim();
  let ms: number;
  if (/^\d+$/.test(text)) ms = Number(text) * 1_000;
  // An HTTP-date names its weekday and month; Date.parse alone would take "-5" as a year.
  else if (/^[A-Za-z]{3}, /.test(text)) ms = Date.parse(text) - now;
  else return undefined;
  if (!Number.isFinite(ms)) return undefined;
  return Math.min(Math.max(ms, 0), MAX_RETRY_AFTER_MS);
}
