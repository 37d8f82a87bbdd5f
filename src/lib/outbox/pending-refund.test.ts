import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../db/database.ts';
import { summarizeOutbox } from '../db/outbox-queries.ts';
import { readPendingWork } from '../db/pending-work.ts';
import { readUnsentWork } from '../db/unsent-work.ts';
import { requestRefund } from './request-refund.ts';
import { SaleWorker } from './sale-worker.ts';
import {
  fakeContext,
  resetJournal,
  START,
  storedSale,
  testCredentials,
} from './test-support/outbox-fixture.ts';

afterEach(async () => {
  await db.refunds.clear();
  await resetJournal();
});

describe('a refund queued while offline', () => {
  it('is pending work for the top bar and Sync as much as for the Settings guard', async () => {
    const worker = new SaleWorker(await testCredentials(), fakeContext());
    const sale = await storedSale(
      worker.context,
      { amount: 10_000 },
      { state: 'paid', pending: 0 },
    );
    const requested = await requestRefund(sale.outTradeNo, 2_500, undefined, worker);
    if (!requested.ok) throw new Error(requested.message);

    const work = await readPendingWork();
    expect(work.sales).toEqual([]);
    expect(work.refunds.map((refund) => refund.outRefundNo)).toEqual([
      requested.refund.outRefundNo,
    ]);
    // What the strip ("1 pending") and Sync ("Pending (1)") read.
    const summary = summarizeOutbox(work, [], START);
    expect(summary.pendingCount).toBe(1);
    expect(summary.pendingRefunds).toHaveLength(1);
    // What Settings reads before it clears the data.
    expect((await readUnsentWork()).refunds).toBe(1);
  });
});
