/**
 * The one rule for days in the app: a day is a calendar date in an IANA time zone, found with
 * Intl only (the project has no date library). Reports, History's filter, reconciliation and the
 * CSV all cut days here. A day is `YYYY-MM-DD`; its bounds are
 * [the first instant whose local date is that day, the first instant of the next day), so a DST
 * day is 23 or 25 hours long and a day whose midnight falls in a DST gap (America/Santiago in
 * September) starts at the first local time after the gap.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type LocalDay = string;
/** Unix ms: `from` inclusive, `to` exclusive. */
export type DayBounds = { from: number; to: number };

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * The shop's time zone: the till's own ("Asia/Shanghai"), as the browser reports it. Node and
 * tests without one say "UTC".
 */
export function shopTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter giving the wall clock in `timeZone`; throws a RangeError naming a bad zone. */
function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new RangeError(
        `Not a time zone: "${timeZone}" (expected an IANA name like Asia/Shanghai)`,
      );
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

/** What a clock in `timeZone` shows at the instant `at`. */
export function wallClockAt(at: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of wallClockFormatter(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? Number.NaN,
    month: fields.month ?? Number.NaN,
    day: fields.day ?? Number.NaN,
    hour: fields.hour ?? Number.NaN,
    minute: fields.minute ?? Number.NaN,
    second: fields.second ?? Number.NaN,
  };
}

/** How far the wall clock in `timeZone` is ahead of UTC at `at`, in ms (Shanghai: +8 h). */
function offsetAt(at: number, timeZone: string): number {
  const clock = wallClockAt(at, timeZone);
  const wall = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
  );
  return wall - (at - mod(at, 1_000));
}

function mod(value: number, by: number): number {
  return ((value % by) + by) % by;
}

/** The local calendar day of the instant `at` in `timeZone`. */
export function localDayOf(at: number, timeZone: string): LocalDay {
  const { year, month, day } = wallClockAt(at, timeZone);
  return dayText(year, month, day);
}

/** The local hour (0–23) that a clock in `timeZone` shows at `at`. */
export function localHourOf(at: number, timeZone: string): number {
  return wallClockAt(at, timeZone).hour;
}

/** True for a `YYYY-MM-DD` that names a real day of the calendar (no 2026-02-30). */
export function isLocalDay(text: string): boolean {
  const match = DAY_SHAPE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  if (year === undefined || month === undefined || day === undefined) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function assertLocalDay(day: string): void {
  if (!isLocalDay(day)) throw new RangeError(`Not a day as YYYY-MM-DD: "${day}"`);
}

/** Midnight of `day` read as if it were UTC: the wall-clock time the bounds look for. */
function wallMidnight(day: LocalDay): number {
  return Date.parse(`${day}T00:00:00.000Z`);
}

function dayText(year: number, month: number, day: number): LocalDay {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The day `count` days after `day` (before, when negative). */
export function addDays(day: LocalDay, count: number): LocalDay {
  assertLocalDay(day);
  return new Date(wallMidnight(day) + count * DAY_MS).toISOString().slice(0, 10);
}

/** The first instant whose local date in `timeZone` is `day`. */
export function startOfLocalDay(day: LocalDay, timeZone: string): number {
  assertLocalDay(day);
  const wall = wallMidnight(day);
  // Solve at + offsetAt(at) = wall. Two rounds find it when the offset changes that night.
  const first = wall - offsetAt(wall, timeZone);
  const second = wall - offsetAt(first, timeZone);
  if (second + offsetAt(second, timeZone) === wall) return second;
  // Midnight is skipped (a DST gap): the day begins where the gap ends, between the two guesses.
  let before = Math.min(first, second);
  let after = Math.max(first, second);
  while (after - before > 1) {
    const middle = before + Math.floor((after - before) / 2);
    if (localDayOf(middle, timeZone) >= day) after = middle;
    else before = middle;
  }
  return after;
}

/** `day` in `timeZone` as [from, to) in unix ms: 23, 24 or 25 hours. */
export function localDayBounds(day: LocalDay, timeZone: string): DayBounds {
  return { from: startOfLocalDay(day, timeZone), to: startOfLocalDay(addDays(day, 1), timeZone) };
}

/** The day it is now in `timeZone`. */
export function todayIn(timeZone: string, now: number = Date.now()): LocalDay {
  return localDayOf(now, timeZone);
}

/**
 * The days `from` to `to`, both included, in `timeZone` as [from, to) in unix ms; an absent end
 * is open. "To 2026-11-21" keeps all of that day, however long daylight saving makes it.
 */
export function dayRangeBounds(
  from: LocalDay | undefined,
  to: LocalDay | undefined,
  timeZone: string,
): Partial<DayBounds> {
  return {
    ...(from !== undefined ? { from: startOfLocalDay(from, timeZone) } : {}),
    ...(to !== undefined ? { to: startOfLocalDay(addDays(to, 1), timeZone) } : {}),
  };
}
