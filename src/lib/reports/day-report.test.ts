import { describe, expect, it } from 'vitest';
import { dayReport } from './day-report.ts';
import { touchedWithin } from './day-entries.ts';
import { localDayBounds } from '../calendar-day/calendar-day.ts';
import {
  cancel,
  journalEntry,
  payment,
  pendingOffline,
  refund,
} from './test-support/journal-entries.ts';

const hourCounts = (report: ReturnType<typeof dayReport>) =>
  Object.fromEntries(report.hours.filter((hour) => hour.count > 0).map((h) => [h.label, h.count]));

describe('dayReport', () => {
  // 16:30 UTC on the 20th is 00:30 on the 21st in Shanghai.
  const lateUtc = payment('S1', '2026-11-20T16:30:00Z', 1_250, 5, 'wechat');
  const morning = payment('S2', '2026-11-21T01:15:00Z', 8_800, 33, 'alipay');

  it('counts a payment on the local day it was made, not its UTC day', () => {
    const shanghai = dayReport([lateUtc, morning], '2026-11-21', 'Asia/Shanghai');
    expect(shanghai.overall.count).toBe(2);
    expect(hourCounts(shanghai)).toEqual({ '00:00': 1, '09:00': 1 });

    const utc20 = dayReport([lateUtc, morning], '2026-11-20', 'UTC');
    expect(utc20.overall).toEqual({ gross: 1_250, refunds: 0, fees: 5, net: 1_245, count: 1 });
    expect(hourCounts(utc20)).toEqual({ '16:00': 1 });
    expect(dayReport([lateUtc, morning], '2026-11-20', 'Asia/Shanghai').overall.count).toBe(0);
  });

  it('totals each provider and all of them, with refunds and cancels on the day they moved', () => {
    const a = payment('A', '2026-11-21T02:00:00Z', 10_000, 38, 'alipay');
    const w = payment('W', '2026-11-21T03:00:00Z', 5_000, 19, 'wechat');
    const yesterday = payment('Y', '2026-11-20T12:00:00Z', 2_000, 8, 'unionpay');
    const report = dayReport(
      [
        a,
        refund(a, 'R1', '2026-11-21T04:00:00Z', 2_550, 10),
        w,
        cancel(w, '2026-11-21T05:00:00Z', 5_000, 19),
        yesterday,
        refund(yesterday, 'R2', '2026-11-21T06:00:00Z', 500, 2),
      ],
      '2026-11-21',
      'UTC',
    );
    expect(report.providers).toEqual([
      { provider: 'alipay', gross: 10_000, refunds: 2_550, fees: 28, net: 7_422, count: 1 },
      { provider: 'wechat', gross: 5_000, refunds: 5_000, fees: 0, net: 0, count: 1 },
      { provider: 'unionpay', gross: 0, refunds: 500, fees: -2, net: -498, count: 0 },
    ]);
    expect(report.overall).toEqual({
      gross: 15_000,
      refunds: 8_050,
      fees: 26,
      net: 6_924,
      count: 2,
    });
    expect(report.averageTicket).toBe(7_500);
    expect(hourCounts(report)).toEqual({ '02:00': 1, '03:00': 1 });
  });

  it('buckets a New York DST day by the hour the clock showed', () => {
    const entries = [
      payment('P1', '2026-11-01T05:30:00Z', 100, 0), // 01:30 EDT
      payment('P2', '2026-11-01T06:30:00Z', 200, 1), // 01:30 EST, the repeated hour
      payment('P3', '2026-11-02T04:30:00Z', 300, 1), // 23:30 EST, the day's 25th hour
      payment('P4', '2026-11-02T05:30:00Z', 400, 2), // 00:30 on the 2nd
    ];
    const fallBack = dayReport(entries, '2026-11-01', 'America/New_York');
    expect(fallBack.hours).toHaveLength(24);
    expect(hourCounts(fallBack)).toEqual({ '01:00': 2, '23:00': 1 });
    expect(fallBack.hours[1]?.gross).toBe(300);
    expect(fallBack.overall.count).toBe(3);

    const forward = dayReport(
      [
        payment('P5', '2026-03-08T06:59:00Z', 100, 0),
        payment('P6', '2026-03-08T07:00:00Z', 100, 0),
      ],
      '2026-03-08',
      'America/New_York',
    );
    expect(hourCounts(forward)).toEqual({ '01:00': 1, '03:00': 1 });
    expect(forward.hours[2]).toEqual({ hour: 2, label: '02:00', count: 0, gross: 0 });
  });

  it('shows pending offline sales apart, in no total', () => {
    const report = dayReport(
      [
        pendingOffline('O1', '2026-11-21T09:00:00Z', 3_000),
        pendingOffline('O2', '2026-11-21T10:00:00Z', 4_500),
        pendingOffline('O3', '2026-11-20T10:00:00Z', 9_900),
        journalEntry('F1', '2026-11-21T11:00:00Z', { mode: 'offline', state: 'forwarded' }),
      ],
      '2026-11-21',
      'UTC',
    );
    expect(report.notYetSettled).toEqual({ count: 2, amount: 7_500 });
    expect(report.overall.count).toBe(1);
  });

  it('is all zeros on an empty day', () => {
    const report = dayReport([morning], '2026-11-22', 'Asia/Shanghai');
    expect(report.providers).toEqual([]);
    expect(report.overall).toEqual({ gross: 0, refunds: 0, fees: 0, net: 0, count: 0 });
    expect(report.averageTicket).toBe(0);
    expect(report.hours.every((hour) => hour.count === 0 && hour.gross === 0)).toBe(true);
    expect(report.notYetSettled).toEqual({ count: 0, amount: 0 });
    expect(report.bounds).toEqual(localDayBounds('2026-11-22', 'Asia/Shanghai'));
  });

  it('uses the runtime’s time zone when given none', () => {
    expect(dayReport([], '2026-11-21').timeZone).toBe(
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
  });
});

describe('touchedWithin', () => {
  it('keeps entries begun or moved in the day, in the journal’s order', () => {
    const bounds = localDayBounds('2026-11-21', 'UTC');
    const late = journalEntry('L', '2026-11-20T23:59:00Z', {
      movedAt: Date.parse('2026-11-21T00:00:05Z'),
    });
    const before = payment('B', '2026-11-20T23:00:00Z', 100, 0);
    const today = pendingOffline('T', '2026-11-21T12:00:00Z', 100);
    const after = payment('N', '2026-11-22T00:00:00Z', 100, 0);
    expect(touchedWithin([after, today, late, before], bounds).map((entry) => entry.id)).toEqual([
      'T',
      'L',
    ]);
  });
});
