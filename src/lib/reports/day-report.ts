import type { Minor } from '../../../protocol/money.ts';
import { PROVIDERS, type Provider } from '../../../protocol/payment-code.ts';
import type { JournalEntry } from '../journal/journal-entry.ts';
import { movedWithin } from './day-entries.ts';
import {
  shopTimeZone,
  localDayBounds,
  type DayBounds,
  type LocalDay,
} from '../calendar-day/calendar-day.ts';
import { notYetSettled, type NotYetSettled } from './not-yet-settled.ts';
import { averageTicket, movementTotals, type ReportTotals } from './report-totals.ts';
import { salesByHour, type HourBucket } from './sales-by-hour.ts';

export type ProviderTotals = ReportTotals & { provider: Provider };

/** One local day of the journal, as the reports screen shows it. */
export type DayReport = {
  day: LocalDay;
  timeZone: string;
  bounds: DayBounds;
  /** The providers whose money moved that day, in PROVIDERS order. */
  providers: ProviderTotals[];
  overall: ReportTotals;
  averageTicket: Minor;
  hours: HourBucket[];
  notYetSettled: NotYetSettled;
};

/**
 * The report of `day` in `timeZone`: the entries whose money moved in that local day. In UTC it
 * equals the wallet's settlement totals for that date.
 */
export function dayReport(
  entries: readonly JournalEntry[],
  day: LocalDay,
  timeZone: string = shopTimeZone(),
): DayReport {
  const bounds = localDayBounds(day, timeZone);
  const moved = movedWithin(entries, bounds);
  const overall = movementTotals(moved);
  const providers = PROVIDERS.flatMap((provider) => {
    const own = moved.filter((entry) => entry.provider === provider);
    return own.length === 0 ? [] : [{ provider, ...movementTotals(own) }];
  });
  return {
    day,
    timeZone,
    bounds,
    providers,
    overall,
    averageTicket: averageTicket(overall),
    hours: salesByHour(moved, timeZone),
    notYetSettled: notYetSettled(entries, bounds),
  };
}
