import type { RefundRow, SaleRow } from '../db/database.ts';
import { createStore } from '../store/create-store.ts';
import type { TerminalCredentials } from '../wallet-client/signed-request.ts';
import type { OutboxContext } from './outbox-clock.ts';
import { stepRefund } from './step-refund.ts';
import { stepSale, type StepDeps } from './step-sale.ts';

/** Whether this page can reach the wallet, as the browser and the last calls tell it. */
export type Connectivity = { browserOnline: boolean; walletAnswering: boolean };

/** The terminal is offline, and takes only offline codes, when either the browser or the wallet says so. */
export function isOffline({ browserOnline, walletAnswering }: Connectivity): boolean {
  return !browserOnline || !walletAnswering;
}

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
  /** The live checkout's sales, and how to stop waiting for each (the cashier's Cancel). */
  private readonly live = new Map<string, AbortController>();
  /** How many times the browser has said offline: tells a call sent before it from one after. */
  private offlineEvents = 0;

  constructor(
    readonly credentials: TerminalCredentials,
    readonly context: OutboxContext,
  ) {}

  /** True when the terminal should treat itself as offline: take only offline codes. */
  offline(): boolean {
    return isOffline(this.connectivity.getState());
  }

  setBrowserOnline(browserOnline: boolean): void {
    if (!browserOnline) this.offlineEvents += 1;
    this.setConnectivity({ browserOnline });
  }

  /**
   * Called as a wallet call is sent; the function it returns is told, when the call ends,
   * whether the wallet answered. An answer to a call sent before the browser last said offline
   * proves nothing about the network now (the keys refresh that lands just after the Wi-Fi
   * dropped), so it is ignored; no answer counts whenever the call was sent.
   */
  beginContact(): (answered: boolean) => void {
    const sentAfter = this.offlineEvents;
    return (answered) => {
      if (answered && sentAfter !== this.offlineEvents) return;
      this.noteContact(answered);
    };
  }

  /**
   * Learns from a call whether the wallet answered. An answer proves the network is there, even
   * when the browser still says offline (Firefox never fires `online` for a page that was
   * reloaded while offline); no answer makes the terminal offline, whatever the browser says.
   */
  noteContact(answered: boolean): void {
    this.setConnectivity(
      answered ? { walletAnswering: true, browserOnline: true } : { walletAnswering: false },
    );
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
  step(outTradeNo: string, keepLease: boolean, signal?: AbortSignal): Promise<SaleRow | null> {
    return this.once(outTradeNo, () => stepSale(outTradeNo, this.deps(), keepLease, signal));
  }

  /** Marks a sale as followed by the live checkout; the signal aborts on `stopWaiting`. */
  beginLive(outTradeNo: string): AbortSignal {
    const controller = new AbortController();
    this.live.set(outTradeNo, controller);
    return controller.signal;
  }

  endLive(outTradeNo: string, signal: AbortSignal): void {
    if (this.live.get(outTradeNo)?.signal === signal) this.live.delete(outTradeNo);
  }

  /**
   * The cashier's Cancel while a sale is being charged: stops waiting for the wallet, so the
   * call in flight ends with no answer and the sale goes to the outbox as unknown. False when
   * this page is not following the sale.
   */
  stopWaiting(outTradeNo: string): boolean {
    const controller = this.live.get(outTradeNo);
    if (!controller) return false;
    controller.abort(new DOMException('The cashier stopped waiting', 'AbortError'));
    this.wake();
    return true;
  }

  /** Sends a pending refund, unless this page is already sending it. */
  stepRefund(outRefundNo: string): Promise<RefundRow | null> {
    return this.once(outRefundNo, () => stepRefund(outRefundNo, this.deps()));
  }

  private deps(): StepDeps {
    return {
      credentials: this.credentials,
      context: this.context,
      beginContact: () => this.beginContact(),
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
