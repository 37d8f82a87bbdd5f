import { addMinor, type Minor } from '../../../protocol/money.ts';
import type { JournalEntry } from '../journal/journal-entry.ts';
import { localHourOf } from '../calendar-day/calendar-day.ts';

/** The payments made while the local clock showed `hour` ("08:00" is 08:00 to 08:59). */
export type HourBucket = { hour: number; label: string; count: number; gross: Minor };

export const HOURS_IN_CHART = 24;

/**
 * Payments (count and gross) by the local hour their money moved, always 24 buckets keyed by
 * the hour the wall clock showed, 00:00 to 23:00. A DST day does not change the buckets: on a
 * 23-hour day the skipped hour's bucket stays empty (02:00 in New York in March), and on a
 * 25-hour day the repeated hour's bucket holds both of its occurrences (01:00 in November).
 */
export function salesByHour(entries: readonly JournalEntry[], timeZone: string): HourBucket[] {
  const buckets: HourBucket[] = Array.from({ length: HOURS_IN_CHART }, (_, hour) => ({
    hour,
    label: `${String(hour).padStart(2, '0')}:00`,
    count: 0,
    gross: 0,
  }));
  for (const entry of entries) {
    if (entry.movement !== 'PAYMENT' || entry.movedAt === undefined) continue;
    const bucket = buckets[localHourOf(entry.movedAt, timeZone)];
    if (!bucket) continue;
    bucket.count += 1;
    bucket.gross = addMinor(bucket.gross, entry.amount);
  }
  return buckets;
}
