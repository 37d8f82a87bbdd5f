import type { RefundRow, SaleRow } from '../db/database.ts';
import { createStore } from '../store/create-store.ts';
import type { TerminalCredentials } from '../wallet-client/signed-request.ts';
import type { OutboxContext } from './outbox-clock.ts';
import { stepRefund } from './step-refund.ts';
import { stepSale, type StepDeps } from './step-sale.ts';

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
    this.setConnectivity({ browserOnline });
  }

  noteContact(answered: boolean): void {
    this.setConnectivity({ walletAnswering: answered });
  }

  /** A change of connectivity wakes every waiter: the probe, the replayer, live sales. */
  private setConnectivity(change: Partial<Connectivity>): void {
    const before = this.connectivity.getState();
    const after = { ...before, ...change };
    if (
      after.browserOnline === before.browserOnline &&
      after.walletAnswering === before.walletAnswering
    ) {
      return;
    }
    this.connectivity.setState(after);
    this.wake();
  }

  /** Does the sale's next step, unless this page is already doing one for it. */
  step(outTradeNo: string, keepLease: boolean): Promise<SaleRow | null> {
    return this.once(outTradeNo, () => stepSale(outTradeNo, this.deps(), keepLease));
  }

  /** Sends a pending refund, unless this page is already sending it. */
  stepRefund(outRefundNo: string): Promise<RefundRow | null> {
    return this.once(outRefundNo, () => stepRefund(outRefundNo, this.deps()));
  }

  private deps(): StepDeps {
    return {
      credentials: this.credentials,
      context: this.context,
      onContact: (answered) => this.noteContact(answered),
    };
  }

  private async once<T>(id: string, work: () => Promise<T | null>): Promise<T | null> {
    if (this.inFlight.has(id)) return null;
    this.inFlight.add(id);
    try {
      return await work();
    } finally {
      this.inFlight.delete(id);
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
