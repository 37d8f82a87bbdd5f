import { refreshWalletKeys } from '../offline-acceptance/wallet-keys.ts';
import { WalletUnreachableError } from '../wallet-client/errors.ts';
import type { SaleWorker } from './sale-worker.ts';

/** How often a page that cannot reach the wallet checks again. */
export const PROBE_MS = 5_000;
/** How often the offline-code keys are refreshed while the wallet answers. */
export const KEYS_REFRESH_MS = 60 * 60_000;

/**
 * Keeps the cached offline-code keys fresh, and while the wallet does not answer, asks it again
 * every few seconds (with the same keys call), so the terminal knows when it is back. A change
 * of connectivity (the browser's `online` event, a call that got no answer) wakes it at once.
 */
export async function probeWallet(worker: SaleWorker, signal: AbortSignal): Promise<void> {
  const now = () => worker.context.now();
  let refreshDueAt = now();
  while (!signal.aborted) {
    if (worker.offline() || now() >= refreshDueAt) {
      const contact = worker.beginContact();
      try {
        await refreshWalletKeys();
        contact(true);
        refreshDueAt = now() + KEYS_REFRESH_MS;
      } catch (error) {
        contact(!(error instanceof WalletUnreachableError && error.noResponse));
      }
    }
    await worker.sleep(worker.offline() ? PROBE_MS : refreshDueAt - now(), signal);
  }
}
