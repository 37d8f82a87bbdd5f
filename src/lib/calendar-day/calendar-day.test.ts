import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayRangeBounds,
  shopTimeZone,
  isLocalDay,
  localDayBounds,
  localDayOf,
  localHourOf,
  todayIn,
} from './calendar-day.ts';

const at = (iso: string) => Date.parse(iso);
const HOUR = 60 * 60_000;
const hoursIn = ({ from, to }: { from: number; to: number }) => (to - from) / HOUR;

describe('localDayBounds', () => {
  it('is the UTC day itself in UTC, as the wallet’s statement counts it', () => {
    expect(localDayBounds('2026-11-21', 'UTC')).toEqual({
      from: at('2026-11-21T00:00:00Z'),
      to: at('2026-11-22T00:00:00Z'),
    });
  });

  it('starts the day at 16:00 UTC the evening before in Asia/Shanghai', () => {
    expect(localDayBounds('2026-11-21', 'Asia/Shanghai')).toEqual({
      from: at('2026-11-20T16:00:00Z'),
      to: at('2026-11-21T16:00:00Z'),
    });
  });

  it('handles offsets that are not whole hours (Asia/Kathmandu, +05:45)', () => {
    expect(localDayBounds('2026-11-21', 'Asia/Kathmandu').from).toBe(at('2026-11-20T18:15:00Z'));
  });

  it('gives America/New_York 23 hours on the day clocks go forward', () => {
    const bounds = localDayBounds('2026-03-08', 'America/New_York');
    expect(bounds).toEqual({ from: at('2026-03-08T05:00:00Z'), to: at('2026-03-09T04:00:00Z') });
    expect(hoursIn(bounds)).toBe(23);
  });

  it('gives America/New_York 25 hours on the day clocks go back', () => {
    const bounds = localDayBounds('2026-11-01', 'America/New_York');
    expect(bounds).toEqual({ from: at('2026-11-01T04:00:00Z'), to: at('2026-11-02T05:00:00Z') });
    expect(hoursIn(bounds)).toBe(25);
  });

  it('starts a day whose midnight is skipped at the end of the gap (America/Santiago)', () => {
    // 2026-09-06: clocks jump from 00:00 to 01:00 (-04:00 to -03:00).
    const bounds = localDayBounds('2026-09-06', 'America/Santiago');
    expect(bounds.from).toBe(at('2026-09-06T04:00:00Z'));
    expect(localHourOf(bounds.from, 'America/Santiago')).toBe(1);
    expect(localDayOf(bounds.from - 1, 'America/Santiago')).toBe('2026-09-05');
    expect(hoursIn(bounds)).toBe(23);
  });

  it('keeps the repeated hour in the day before when clocks go back at midnight', () => {
    // 2026-04-05: 00:00 (-03:00) becomes 23:00 on the 4th (-04:00) again.
    expect(hoursIn(localDayBounds('2026-04-04', 'America/Santiago'))).toBe(25);
    expect(localDayBounds('2026-04-05', 'America/Santiago').from).toBe(at('2026-04-05T04:00:00Z'));
  });

  it('makes consecutive days meet with no gap and no overlap', () => {
    for (const timeZone of ['Asia/Shanghai', 'America/New_York', 'Europe/London']) {
      let day = '2026-03-01';
      for (let i = 0; i < 300; i += 1) {
        const next = addDays(day, 1);
        expect(localDayBounds(day, timeZone).to).toBe(localDayBounds(next, timeZone).from);
        day = next;
      }
    }
  });

  it('refuses a day that is not YYYY-MM-DD and a time zone that does not exist', () => {
    expect(() => localDayBounds('21/11/2026', 'UTC')).toThrow(
      'Not a day as YYYY-MM-DD: "21/11/2026"',
    );
    expect(() => localDayBounds('2026-02-30', 'UTC')).toThrow(RangeError);
    expect(() => localDayBounds('2026-11-21', 'Mars/Olympus')).toThrow(
      'Not a time zone: "Mars/Olympus"',
    );
  });
});

describe('local day and hour of an instant', () => {
  it('puts 16:30 UTC on the next local day in Asia/Shanghai', () => {
    const payment = at('2026-11-20T16:30:00Z');
    expect(localDayOf(payment, 'UTC')).toBe('2026-11-20');
    expect(localDayOf(payment, 'Asia/Shanghai')).toBe('2026-11-21');
    expect(localHourOf(payment, 'Asia/Shanghai')).toBe(0);
  });

  it('reads the hour as the wall clock shows it, across a DST change', () => {
    expect(localHourOf(at('2026-03-08T06:59:00Z'), 'America/New_York')).toBe(1);
    expect(localHourOf(at('2026-03-08T07:00:00Z'), 'America/New_York')).toBe(3);
    expect(localHourOf(at('2026-11-01T05:30:00Z'), 'America/New_York')).toBe(1);
    expect(localHourOf(at('2026-11-01T06:30:00Z'), 'America/New_York')).toBe(1);
  });

  it('says which day it is today in a time zone', () => {
    expect(todayIn('Asia/Shanghai', at('2026-11-20T16:00:00Z'))).toBe('2026-11-21');
    expect(todayIn('America/New_York', at('2026-11-20T16:00:00Z'))).toBe('2026-11-20');
  });

  it('defaults to the runtime’s own time zone', () => {
    expect(shopTimeZone()).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });
});

describe('calendar days', () => {
  it('knows real days from impossible ones', () => {
    expect(isLocalDay('2028-02-29')).toBe(true);
    expect(isLocalDay('2026-02-29')).toBe(false);
    expect(isLocalDay('2026-13-01')).toBe(false);
    expect(isLocalDay('2026-1-01')).toBe(false);
    expect(isLocalDay(' 2026-11-21')).toBe(false);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});

describe('dayRangeBounds', () => {
  it('spans Berlin’s 23-hour and 25-hour days from midnight to midnight', () => {
    expect(dayRangeBounds('2026-03-29', '2026-03-29', 'Europe/Berlin')).toEqual({
      from: at('2026-03-28T23:00:00Z'),
      to: at('2026-03-29T22:00:00Z'),
    });
    expect(dayRangeBounds('2026-10-25', '2026-10-25', 'Europe/Berlin')).toEqual({
      from: at('2026-10-24T22:00:00Z'),
      to: at('2026-10-25T23:00:00Z'),
    });
  });

  it('includes both ends and leaves an absent end open (Asia/Shanghai)', () => {
    expect(dayRangeBounds('2026-11-20', '2026-11-21', 'Asia/Shanghai')).toEqual({
      from: at('2026-11-19T16:00:00Z'),
      to: at('2026-11-21T16:00:00Z'),
    });
    expect(dayRangeBounds(undefined, '2026-11-21', 'Asia/Shanghai')).toEqual({
      to: at('2026-11-21T16:00:00Z'),
    });
    expect(dayRangeBounds(undefined, undefined, 'Asia/Shanghai')).toEqual({});
  });

  it('puts the last millisecond before Berlin’s midnight on the day, the midnight on the next', () => {
    const { to } = dayRangeBounds('2026-10-25', '2026-10-25', 'Europe/Berlin');
    expect(to).toBeDefined();
    if (to === undefined) return;
    expect(localDayOf(to - 1, 'Europe/Berlin')).toBe('2026-10-25');
    expect(localDayOf(to, 'Europe/Berlin')).toBe('2026-10-26');
  });
});
