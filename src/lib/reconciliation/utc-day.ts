import {
  isLocalDay,
  localDayBounds,
  localDayOf,
  type DayBounds,
} from '../calendar-day/calendar-day.ts';

/**
 * The wallet cuts its statements by calendar day in UTC, whatever the shop's zone: a statement
 * date is a calendar day of this zone (docs/REPORTS.md, "The day is a UTC day").
 */
export const WALLET_STATEMENT_ZONE = 'UTC';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** The UTC calendar day of a moment, `YYYY-MM-DD`: the day of the wallet's statement it is on. */
export function utcDateOf(ms: number): string {
  return localDayOf(ms, WALLET_STATEMENT_ZONE);
}

/** Today's date as the wallet counts days (UTC), by `clock`. */
export function utcToday(clock: () => number = Date.now): string {
  return utcDateOf(clock());
}

/** The UTC day `YYYY-MM-DD` as [from, to) in unix ms, as the wallet cuts its statements. */
export function utcDayBounds(date: string): DayBounds {
  return localDayBounds(date, WALLET_STATEMENT_ZONE);
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
  if (!isLocalDay(date)) return { ok: false, reason: 'not-a-date' };
  if (date > utcDateOf(now)) return { ok: false, reason: 'future' };
  return { ok: true, date };
}
