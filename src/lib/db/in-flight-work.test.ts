import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { PAYMENT_STATES } from '../payment-machine/payment-machine.ts';
import { refundRow } from '../journal/test-support/journal-rows.ts';
import {
  isPendingRefund,
  REFUND_STATES,
  type RefundState,
} from '../payment-machine/refund-machine.ts';
import { db } from './database.ts';
import {
  countInFlightWork,
  IN_FLIGHT_REFUND_STATES,
  IN_FLIGHT_SALE_STATES,
} from './in-flight-work.ts';
import { iso, saleRow, T0 } from './test-support/sale-row.ts';

const refund = (outRefundNo: string, state: RefundState) =>
  refundRow(outRefundNo, 'sale-paid', {
    state,
    history: [{ state, at: iso(T0) }],
    pending: isPendingRefund(state) ? 1 : 0,
  });

describe('work in flight', () => {
  beforeEach(async () => {
    await Promise.all([db.sales.clear(), db.refunds.clear()]);
  });

  it('counts the sales whose payment is under way, and no other', async () => {
    await db.sales.bulkAdd(PAYMENT_STATES.map((state) => saleRow(`sale-${state}`, state)));
    expect(await countInFlightWork()).toBe(IN_FLIGHT_SALE_STATES.length);
    expect(IN_FLIGHT_SALE_STATES).toEqual(['created', 'sending', 'userpaying', 'cancelling']);
  });

  it('counts a refund being sent: an update would interrupt it as it would a sale', async () => {
    await db.refunds.bulkAdd(REFUND_STATES.map((state) => refund(`refund-${state}`, state)));
    expect(await countInFlightWork()).toBe(IN_FLIGHT_REFUND_STATES.length);
    expect(IN_FLIGHT_REFUND_STATES).toEqual(['created', 'sending']);
  });

  it('is zero for an empty journal', async () => {
    expect(await countInFlightWork()).toBe(0);
  });
});
