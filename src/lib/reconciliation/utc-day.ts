const DAY_MS = 24 * 60 * 60_000;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC calendar day of a moment, `YYYY-MM-DD`: the day of the wallet's statement it is on. */
export function utcDateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Today's date as the wallet counts days (UTC), by `clock`. */
export function utcToday(clock: () => number = Date.now): string {
  return utcDateOf(clock());
}

/** The UTC day `YYYY-MM-DD` as [from, to) in unix ms, as the wallet cuts its statements. */
export function utcDayBounds(date: string): { from: number; to: number } {
  const from = Date.parse(`${date}T00:00:00.000Z`);
  return { from, to: from + DAY_MS };
}

export type DateRefusal = 'empty' | 'format' | 'not-a-date' | 'future';

export type DateCheck = { ok: true; date: string } | { ok: false; reason: DateRefusal };

/**
 * A date the cashier typed, checked before any statement is asked for: `YYYY-MM-DD`, a day that
 * exists on the calendar, and not after today (UTC) at `now`.
 */
export function checkStatementDate(text: string, now: number): DateCheck {
  const date = text.trim();
  if (date === '') return { ok: false, reason: 'empty' };
  if (!DATE_SHAPE.test(date)) return { ok: false, reason: 'format' };
  const at = Date.parse(`${date}T00:00:00.000Z`);
  // Date.parse rolls 2026-02-30 over to March 2; reading the day back catches it.
  if (Number.isNaN(at) || utcDateOf(at) !== date) return { ok: false, reason: 'not-a-date' };
  if (date > utcDateOf(now)) return { ok: false, reason: 'future' };
  return { ok: true, date };
}
