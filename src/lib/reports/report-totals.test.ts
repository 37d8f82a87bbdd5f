import { describe, expect, it } from 'vitest';
import { averageTicket, movementTotals, NO_TOTALS } from './report-totals.ts';
import {
  cancel,
  journalEntry,
  payment,
  pendingOffline,
  refund,
} from './test-support/journal-entries.ts';

const AT = '2026-11-21T08:00:00Z';

describe('movementTotals', () => {
  it('adds payments, takes off refunds and cancels, and nets the fees given back', () => {
    const sale = payment('S1', AT, 10_000, 38);
    const cancelled = payment('S2', AT, 5_000, 19);
    const totals = movementTotals([
      sale,
      refund(sale, 'R1', AT, 2_550, 10),
      cancelled,
      cancel(cancelled, AT, 5_000, 19),
    ]);
    expect(totals).toEqual({ gross: 15_000, refunds: 7_550, fees: 28, net: 7_422, count: 2 });
  });

  it('leaves out entries whose money has not moved', () => {
    const declined = journalEntry('D1', AT, {
      status: 'declined',
      state: 'declined',
      movedAt: undefined,
      movement: undefined,
    });
    expect(movementTotals([declined, pendingOffline('O1', AT, 3_000)])).toEqual(NO_TOTALS);
  });

  it('is zero for no entries', () => {
    expect(movementTotals([])).toEqual(NO_TOTALS);
  });
});

describe('averageTicket', () => {
  it('rounds half up to the fen', () => {
    expect(averageTicket({ gross: 1_001, count: 2 })).toBe(501);
    expect(averageTicket({ gross: 1_000, count: 3 })).toBe(333);
    expect(averageTicket({ gross: 1_000, count: 6 })).toBe(167);
    expect(averageTicket({ gross: 1_000, count: 1 })).toBe(1_000);
  });

  it('is 0 when there was no payment', () => {
    expect(averageTicket({ gross: 0, count: 0 })).toBe(0);
  });
});
