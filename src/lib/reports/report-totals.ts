import { addMinor, subtractMinor, type Minor } from '../../../protocol/money.ts';
import type { JournalEntry } from '../journal/journal-entry.ts';

/**
 * What a set of money movements comes to, defined exactly as the wallet's settlement totals
 * (server/settlements/statement.ts totalsOf): gross is the PAYMENT amounts, refunds the REFUND
 * and CANCEL amounts, fees the PAYMENT fees less the fees REFUND and CANCEL gave back,
 * net = gross − refunds − fees, count the PAYMENT lines.
 */
export type ReportTotals = { gross: Minor; refunds: Minor; fees: Minor; net: Minor; count: number };

export const NO_TOTALS: ReportTotals = { gross: 0, refunds: 0, fees: 0, net: 0, count: 0 };

/** The totals of the entries' movements; entries whose money has not moved add nothing. */
export function movementTotals(entries: readonly JournalEntry[]): ReportTotals {
  let gross: Minor = 0;
  let refunds: Minor = 0;
  let fees: Minor = 0;
  let count = 0;
  for (const entry of entries) {
    if (entry.movement === 'PAYMENT') {
      gross = addMinor(gross, entry.amount);
      fees = addMinor(fees, entry.fee);
      count += 1;
    } else if (entry.movement !== undefined) {
      refunds = addMinor(refunds, entry.amount);
      fees = subtractMinor(fees, entry.fee);
    }
  }
  return { gross, refunds, fees, net: subtractMinor(subtractMinor(gross, refunds), fees), count };
}

/** Gross per payment in whole fen, rounded half-up; 0 when there was no payment. */
export function averageTicket({ gross, count }: Pick<ReportTotals, 'gross' | 'count'>): Minor {
  if (count === 0) return 0;
  // floor(gross / count + 1/2) in integers: gross is never negative.
  return Math.floor((2 * gross + count) / (2 * count));
}
