import type { SaleRow } from '../db/database.ts';
import { createStore } from '../store/create-store.ts';
import type { TerminalCredentials } from '../wallet-client/signed-request.ts';
import type { OutboxContext } from './outbox-clock.ts';
import { stepSale } from './step-sale.ts';

/** Whether this page can reach the wallet, as the browser and the last calls tell it. */
export type Connectivity = { browserOnline: boolean; walletAnswering: boolean };

/**
 * One per page: the only way this page works on sales. It keeps the live checkout and the
 * replayer of the same page off the same sale at once (other pages are kept off by the lease),
 * and it learns from every call whether the wallet is reachable.
 */
export class SaleWorker {
  readonly connectivity = createStore<Connectivity>()(() => ({
    browserOnline: typeof navigator === 'undefined' ? true : navigator.onLine,
    walletAnswering: true,
  }));
  private readonly inFlight = new Set<string>();
  private readonly wakers = new Set<() => void>();

  constructor(
    readonly credentials: TerminalCredentials,
    readonly context: OutboxContext,
  ) {}

  /** True when the terminal should treat itself as offline: take only offline codes. */
  offline(): boolean {
    const { browserOnline, walletAnswering } = this.connectivity.getState();
    return !browserOnline || !walletAnswering;
  }

  setBrowserOnline(browserOnline: boolean): void {
    this.connectivity.setState({ browserOnline });
  }

  noteContact(answered: boolean): void {
    if (this.connectivity.getState().walletAnswering !== answered) {
      this.connectivity.setState({ walletAnswering: answered });
    }
  }

  /** Does the sale's next step, unless this page is already doing one for it. */
  async step(outTradeNo: string, keepLease: boolean): Promise<SaleRow | null> {
    if (this.inFlight.has(outTradeNo)) return null;
    this.inFlight.add(outTradeNo);
    try {
      return await stepSale(
        outTradeNo,
        {
          credentials: this.credentials,
          context: this.context,
          onContact: (answered) => this.noteContact(answered),
        },
        keepLease,
      );
    } finally {
      this.inFlight.delete(outTradeNo);
    }
  }

  /** Wakes whoever waits on this page for a sale to change (a cashier's Cancel, say). */
  wake(): void {
    for (const waker of this.wakers) waker();
  }

  /** Resolves after `ms`, or at once when `wake()` is called or `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      if (signal?.aborted) {
        resolve();
        return;
      }
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, Math.max(0, ms));
      this.wakers.add(done);
      signal?.addEventListener('abort', done);
    });
  }
}
