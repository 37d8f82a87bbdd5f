import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { PAYMENT_STATES } from '../payment-machine/payment-machine.ts';
import { db } from './database.ts';
import { countInFlightSales, IN_FLIGHT_STATES } from './in-flight-sales.ts';
import { saleRow } from './test-support/sale-row.ts';

describe('sales in flight', () => {
  beforeEach(async () => {
    await db.sales.clear();
  });

  it('counts the sales whose payment is under way, and no other', async () => {
    await db.sales.bulkAdd(PAYMENT_STATES.map((state) => saleRow(`sale-${state}`, state)));
    expect(await countInFlightSales()).toBe(IN_FLIGHT_STATES.length);
    expect(IN_FLIGHT_STATES).toEqual(['created', 'sending', 'userpaying', 'cancelling']);
  });

  it('is zero for an empty journal', async () => {
    expect(await countInFlightSales()).toBe(0);
  });
});
