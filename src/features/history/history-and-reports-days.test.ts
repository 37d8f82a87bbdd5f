import { describe, expect, it } from 'vitest';
import { localDayOf } from '../../lib/calendar-day/calendar-day.ts';
import { translator } from '../../lib/i18n/translate.ts';
import { filterJournal } from '../../lib/journal/filter-journal.ts';
import { dayReport } from '../../lib/reports/day-report.ts';
import { payment } from '../../lib/reports/test-support/journal-entries.ts';
import { EMPTY_FILTER_FORM, filterOfForm } from './filter-form.ts';

const t = translator('en');
const MINUTE = 60_000;

/** Sales every 20 minutes from `fromIso` for `hours`, begun and paid at the same moment. */
function salesAround(fromIso: string, hours: number) {
  const start = Date.parse(fromIso);
  return Array.from({ length: (hours * 60) / 20 + 1 }, (_, index) =>
    payment(`S${index}`, new Date(start + index * 20 * MINUTE).toISOString(), 1_000, 4),
  );
}

/** The ids History's filter keeps for one day typed as From and To. */
function historyDay(entries: ReturnType<typeof salesAround>, day: string, timeZone: string) {
  const result = filterOfForm({ ...EMPTY_FILTER_FORM, from: day, to: day }, t, timeZone);
  if (!result.ok) throw new Error(result.error);
  return filterJournal(entries, result.filter).map((entry) => entry.id);
}

const reportDay = (entries: ReturnType<typeof salesAround>, day: string, timeZone: string) =>
  entries
    .filter((entry) => {
      const { from, to } = dayReport(entries, day, timeZone).bounds;
      return entry.movedAt !== undefined && entry.movedAt >= from && entry.movedAt < to;
    })
    .map((entry) => entry.id);

describe('History’s filter and Reports agree on the sales of a day', () => {
  it.each([
    ['Europe/Berlin', '2026-03-29', '2026-03-28T12:00:00Z', 23],
    ['Europe/Berlin', '2026-10-25', '2026-10-24T12:00:00Z', 25],
    ['Asia/Shanghai', '2026-11-21', '2026-11-20T04:00:00Z', 24],
    ['UTC', '2026-11-21', '2026-11-20T12:00:00Z', 24],
  ])('in %s on %s', (timeZone, day, fromIso, hoursLong) => {
    const entries = salesAround(fromIso, 48);
    const history = historyDay(entries, day, timeZone);
    expect(history).toEqual(reportDay(entries, day, timeZone));
    expect(dayReport(entries, day, timeZone).overall.count).toBe(history.length);
    // Every sale kept is on that calendar day there, and the day is as long as the clocks say.
    expect(entries.filter((entry) => localDayOf(entry.createdAt, timeZone) === day)).toHaveLength(
      history.length,
    );
    expect(history).toHaveLength(hoursLong * 3);
  });

  it('puts a sale at 00:10 in Shanghai on that day in both, not on its UTC day', () => {
    const entries = [payment('late', '2026-11-20T16:10:00Z', 1_000, 4)];
    expect(historyDay(entries, '2026-11-21', 'Asia/Shanghai')).toEqual(['late']);
    expect(reportDay(entries, '2026-11-21', 'Asia/Shanghai')).toEqual(['late']);
    expect(historyDay(entries, '2026-11-20', 'Asia/Shanghai')).toEqual([]);
  });
});
