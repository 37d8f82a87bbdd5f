import { db, type RefundRow, type SaleRow } from './database.ts';
import { pendingSales } from './sales.ts';

/**
 * Everything the wallet has not yet settled, in one answer for every reader: the top bar, Sync,
 * the guards on clearing data and on unpairing, and the exports. A cancel is a sale in
 * `cancelling`, so it is among the sales. Later kinds of work (orders, shifts) add a field here.
 */
export type PendingWork = { sales: SaleRow[]; refunds: RefundRow[] };

/** Reads the pending work; inside a transaction on sales and refunds it reads that view. */
export async function readPendingWork(): Promise<PendingWork> {
  const [sales, refunds] = await Promise.all([
    pendingSales(),
    db.refunds
      .where('[pending+nextAttemptAt]')
      .between([1, Number.NEGATIVE_INFINITY], [1, Number.POSITIVE_INFINITY])
      .toArray(),
  ]);
  return { sales, refunds };
}

/** How many pieces of work are waiting, of every kind. */
export function pendingWorkCount(work: PendingWork): number {
  return work.sales.length + work.refunds.length;
}
