import type { JournalEntry } from '../journal/journal-entry.ts';
import type { DayBounds } from '../calendar-day/calendar-day.ts';

const within = (at: number | undefined, { from, to }: DayBounds) =>
  at !== undefined && at >= from && at < to;

/** Entries whose money moved within the bounds: the lines of the day's report. */
export function movedWithin(entries: readonly JournalEntry[], bounds: DayBounds): JournalEntry[] {
  return entries.filter((entry) => entry.movement !== undefined && within(entry.movedAt, bounds));
}

/**
 * Entries that began or whose money moved within the bounds, in the journal's order: everything
 * the day touched, for its CSV export (a sale made before midnight and cancelled after it is in
 * both days).
 */
export function touchedWithin(entries: readonly JournalEntry[], bounds: DayBounds): JournalEntry[] {
  return entries.filter(
    (entry) => within(entry.createdAt, bounds) || within(entry.movedAt, bounds),
  );
}
