import { addMinor, type Minor } from '../../../protocol/money.ts';
import type { JournalEntry } from '../journal/journal-entry.ts';
import type { DayBounds } from '../calendar-day/calendar-day.ts';

/** Offline sales accepted in the bounds that the wallet has not taken yet. */
export type NotYetSettled = { count: number; amount: Minor };

/**
 * Sales accepted offline within the bounds and still waiting to be forwarded (or answered). They
 * are in no total yet: their PAYMENT line is dated when the wallet takes them, maybe another day,
 * and the wallet may decline them.
 */
export function notYetSettled(entries: readonly JournalEntry[], bounds: DayBounds): NotYetSettled {
  let count = 0;
  let amount: Minor = 0;
  for (const entry of entries) {
    if (entry.kind !== 'sale' || entry.mode !== 'offline' || entry.status !== 'pending') continue;
    if (entry.createdAt < bounds.from || entry.createdAt >= bounds.to) continue;
    count += 1;
    amount = addMinor(amount, entry.amount);
  }
  return { count, amount };
}
