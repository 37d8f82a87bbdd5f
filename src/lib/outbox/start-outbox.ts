import { randomUuid } from '../../../protocol/random-uuid.ts';
import { preloadCryptoFallbacks } from '../crypto/preload-fallbacks.ts';
import type { TerminalCredentials } from '../wallet-client/signed-request.ts';
import { browserOutboxContext } from './outbox-clock.ts';
import { onOutboxSignals } from './outbox-signals.ts';
import { Replayer } from './replayer.ts';
import { SaleWorker } from './sale-worker.ts';
import { probeWallet } from './wallet-probe.ts';

export type Outbox = { worker: SaleWorker; replayer: Replayer; stop: () => void };

/** Starts this page's outbox: the worker, the replayer (when this tab leads) and its triggers. */
export function startOutbox(credentials: TerminalCredentials): Outbox {
  // The outbox accepts offline codes, and signs sales, even once the network is gone.
  preloadCryptoFallbacks();
  const worker = new SaleWorker(credentials, browserOutboxContext(randomUuid()));
  const replayer = new Replayer(worker);
  const stopping = new AbortController();
  const stopSignals = onOutboxSignals({
    wake: () => worker.wake(),
    online: (online) => worker.setBrowserOnline(online),
  });
  void replayer.run(stopping.signal);
  void probeWallet(worker, stopping.signal);
  return {
    worker,
    replayer,
    stop: () => {
      stopSignals();
      stopping.abort();
    },
  };
}
