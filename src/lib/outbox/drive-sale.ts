import type { SaleRow } from '../db/database.ts';
import { getSale, updateSale } from '../db/sales.ts';
import { withoutLease } from './lease.ts';
import type { SaleWorker } from './sale-worker.ts';

/** How long the checkout keeps trying a sale with no answer before the replayer takes it. */
export const LIVE_UNKNOWN_LIMIT_MS = 10_000;

const BUSY_RETRY_MS = 1_000;

/**
 * Works a sale in the page where the cashier made it: sends it, polls while the customer
 * confirms, cancels when asked or when time runs out. Returns when the sale is final, when
 * `signal` aborts, or when it has stayed without an answer too long; in the last two cases the
 * lease is given up so the replayer carries on at once.
 */
export async function driveSale(
  outTradeNo: string,
  worker: SaleWorker,
  signal?: AbortSignal,
): Promise<SaleRow | undefined> {
  const live = worker.beginLive(outTradeNo);
  const stop = signal ? anyOf(signal, live) : live;
  try {
    return await follow(outTradeNo, worker, stop);
  } finally {
    worker.endLive(outTradeNo, live);
  }
}

async function follow(
  outTradeNo: string,
  worker: SaleWorker,
  signal: AbortSignal,
): Promise<SaleRow | undefined> {
  const now = () => worker.context.now();
  let unknownSince: number | undefined;
  for (;;) {
    const row = await getSale(outTradeNo);
    if (!row || row.pending === 0) return row;
    if (row.state === 'unknown') unknownSince ??= now();
    else unknownSince = undefined;
    const stuck = unknownSince !== undefined && now() - unknownSince >= LIVE_UNKNOWN_LIMIT_MS;
    if (stuck || aborted(signal)) return release(outTradeNo, worker);
    if (row.nextAttemptAt > now()) await worker.sleep(row.nextAttemptAt - now(), signal);
    if (aborted(signal)) continue;
    // Another page holds the sale (a second tab, or the replayer of a page that died): look
    // again shortly; the lease runs out if that page is gone.
    if (!(await worker.step(outTradeNo, true, signal))) {
      await worker.sleep(BUSY_RETRY_MS, signal);
    }
  }
}

function anyOf(a: AbortSignal, b: AbortSignal): AbortSignal {
  const controller = new AbortController();
  const abort = () => controller.abort();
  for (const signal of [a, b]) {
    if (signal.aborted) abort();
    else signal.addEventListener('abort', abort, { once: true });
  }
  return controller.signal;
}

function aborted(signal: AbortSignal | undefined): boolean {
  return signal?.aborted ?? false;
}

async function release(outTradeNo: string, worker: SaleWorker): Promise<SaleRow | undefined> {
  const result = await updateSale(outTradeNo, (row) =>
    row.leaseOwner === worker.context.owner ? withoutLease(row) : null,
  );
  worker.wake();
  return result?.after ?? result?.before;
}
