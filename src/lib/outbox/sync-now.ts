import { makePendingDue } from '../db/sales.ts';
import type { SaleWorker } from './sale-worker.ts';

/** The cashier's "Sync now": every pending sale is due at once, backoff or not. */
export async function syncNow(worker: SaleWorker): Promise<number> {
  const count = await makePendingDue(worker.context.now());
  worker.wake();
  return count;
}
