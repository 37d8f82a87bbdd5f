import { describe, expect, it } from 'vitest';
import { checkStatementDate, utcDateOf, utcDayBounds, utcToday } from './utc-day.ts';

const NOW = Date.parse('2026-11-21T08:00:00.000Z');

describe('the wallet’s UTC day', () => {
  it('names the UTC day of a moment, whatever this device’s time zone', () => {
    expect(utcDateOf(Date.parse('2026-11-21T23:59:59.999Z'))).toBe('2026-11-21');
    expect(utcDateOf(Date.parse('2026-11-22T00:00:00.000Z'))).toBe('2026-11-22');
    // 07:30 in Shanghai on the 22nd is still the 21st for the wallet.
    expect(utcDateOf(Date.parse('2026-11-22T07:30:00+08:00'))).toBe('2026-11-21');
  });

  it('reads today from the clock it is given', () => {
    expect(utcToday(() => NOW)).toBe('2026-11-21');
    expect(utcToday(() => Date.parse('2026-12-31T23:59:59.999Z'))).toBe('2026-12-31');
  });

  it('spans a day from 00:00Z to the next 00:00Z', () => {
    expect(utcDayBounds('2026-11-21')).toEqual({
      from: Date.parse('2026-11-21T00:00:00.000Z'),
      to: Date.parse('2026-11-22T00:00:00.000Z'),
    });
  });
});

describe('checkStatementDate', () => {
  it.each(['2026-11-21', ' 2026-11-20 ', '2024-02-29', '1999-01-01'])('takes %j', (text) => {
    expect(checkStatementDate(text, NOW)).toEqual({ ok: true, date: text.trim() });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['2026-1-5', 'format'],
    ['21-11-2026', 'format'],
    ['2026/11/21', 'format'],
    ['2026-11-21T00:00', 'format'],
    ['today', 'format'],
    ['2026-02-29', 'not-a-date'],
    ['2026-11-31', 'not-a-date'],
    ['2026-13-01', 'not-a-date'],
    ['2026-00-10', 'not-a-date'],
    ['2026-11-00', 'not-a-date'],
    ['2026-11-22', 'future'],
    ['2027-01-01', 'future'],
  ])('refuses %j as %s', (text, reason) => {
    expect(checkStatementDate(text, NOW)).toEqual({ ok: false, reason });
  });

  it('counts today by UTC: just before midnight UTC, tomorrow is still the future', () => {
    const late = Date.parse('2026-11-21T23:59:59.999Z');
    expect(checkStatementDate('2026-11-22', late)).toEqual({ ok: false, reason: 'future' });
    expect(checkStatementDate('2026-11-22', late + 1)).toEqual({ ok: true, date: '2026-11-22' });
  });
});
