import type { SaleRow } from '../db/database.ts';
import type { Applied } from './outbox-events.ts';
import { applySaleEvent } from './sale-events.ts';
import type { SaleWorker } from './sale-worker.ts';

/** The cashier's Cancel: the sale goes to cancelling, and whoever drives it sends the cancel. */
export async function requestCancel(
  outTradeNo: string,
  worker: SaleWorker,
): Promise<Applied<SaleRow>> {
  const applied = await applySaleEvent(
    outTradeNo,
    'cancel',
    { note: 'cancelled by the cashier' },
    worker.context,
  );
  worker.wake();
  return applied;
}
