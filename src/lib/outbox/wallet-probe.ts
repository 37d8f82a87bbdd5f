import { refreshWalletKeys } from '../offline-acceptance/wallet-keys.ts';
import { WalletUnreachableError } from '../wallet-client/errors.ts';
import type { SaleWorker } from './sale-worker.ts';

/** How often a page that cannot reach the wallet checks again. */
export const PROBE_MS = 5_000;
/** How often the offline-code keys are refreshed while the wallet answers. */
export const KEYS_REFRESH_MS = 60 * 60_000;

/**
 * Keeps the cached offline-code keys fresh, and while the wallet does not answer, asks it again
 * every few seconds (with the same keys call), so the terminal knows when it is back.
 */
export async function probeWallet(worker: SaleWorker, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      await refreshWalletKeys();
      worker.noteContact(true);
    } catch (error) {
      worker.noteContact(!(error instanceof WalletUnreachableError && error.noResponse));
    }
    const wait = worker.offline() ? PROBE_MS : KEYS_REFRESH_MS;
    await sleepUntilOffline(worker, wait, signal);
  }
}

/** Sleeps `ms`, but wakes as soon as the page loses the wallet so probing starts at once. */
function sleepUntilOffline(worker: SaleWorker, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) {
      resolve();
      return;
    }
    const done = () => {
      clearTimeout(timer);
      unsubscribe();
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const wasOffline = worker.offline();
    const unsubscribe = worker.connectivity.subscribe(() => {
      if (worker.offline() !== wasOffline) done();
    });
    signal.addEventListener('abort', done);
  });
}
