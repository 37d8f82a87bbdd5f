import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pendingSales } from '../db/sales.ts';
import { db } from '../db/database.ts';
import { browserOutboxContext } from './outbox-clock.ts';
import { Replayer, REPLAY_CONCURRENCY } from './replayer.ts';
import { SaleWorker } from './sale-worker.ts';
import {
  json,
  paymentOf,
  resetJournal,
  scriptedWallet,
  storedSale,
  testCredentials,
  type WalletCall,
} from './test-support/outbox-fixture.ts';

afterEach(resetJournal);

const outTradeNoOf = (call: WalletCall) => (call.body as { outTradeNo: string }).outTradeNo;

/**
 * A wallet that takes each call and holds its answer until the test lets go, so the calls in
 * flight can be counted; once let go, it answers every call at once.
 */
function heldWallet(answer: (call: WalletCall) => Response) {
  const calls: WalletCall[] = [];
  const waiting: Array<() => void> = [];
  let holding = true;
  let mostHeld = 0;
  let reached: { count: number; resolve: () => void } | undefined;
  vi.stubGlobal('fetch', (path: string, init?: RequestInit) => {
    const body = typeof init?.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined;
    const call = { method: init?.method ?? 'GET', path, body };
    calls.push(call);
    if (!holding) return Promise.resolve(answer(call));
    return new Promise<Response>((resolve) => {
      waiting.push(() => resolve(answer(call)));
      mostHeld = Math.max(mostHeld, waiting.length);
      if (reached && waiting.length >= reached.count) reached.resolve();
    });
  });
  return {
    calls,
    held: () => waiting.length,
    mostHeld: () => mostHeld,
    /** Resolves once `count` answers are held. */
    holding: (count: number) =>
      new Promise<void>((resolve) => {
        if (waiting.length >= count) resolve();
        else reached = { count, resolve };
      }),
    releaseAll: () => {
      holding = false;
      for (const release of waiting.splice(0)) release();
    },
  };
}

/** Resolves once the replayer has finished a pass with nothing left pending. */
function drained(replayer: Replayer): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = replayer.subscribe((status) => {
      if (status.replaying) return;
      void pendingSales().then((pending) => {
        if (pending.length > 0) return;
        unsubscribe();
        resolve();
      });
    });
  });
}

describe('Replayer', () => {
  it('keeps exactly its cap of calls in flight while the wallet holds its answers', async () => {
    const worker = new SaleWorker(await testCredentials(), browserOutboxContext('leader'));
    const sales = await Promise.all(
      Array.from({ length: 30 }, (_, index) =>
        storedSale(worker.context, {
          mode: 'offline',
          code: `SOP1.code${index}.sig`,
          offlineCodeId: `c${index}`,
          amount: 100 + index,
        }),
      ),
    );
    // Fewer sales than the cap could not show it.
    expect(REPLAY_CONCURRENCY).toBeLessThan(sales.length);
    // Steps begun and not yet ended: a lane begins its next step only when its last one ends.
    let stepping = 0;
    let mostStepping = 0;
    const step = worker.step.bind(worker);
    worker.step = async (...args) => {
      stepping += 1;
      mostStepping = Math.max(mostStepping, stepping);
      try {
        return await step(...args);
      } finally {
        stepping -= 1;
      }
    };
    const wallet = heldWallet((call) => {
      const sale = sales.find((candidate) => candidate.outTradeNo === outTradeNoOf(call));
      if (!sale) throw new Error('unexpected call');
      return json(200, paymentOf(sale));
    });
    const replayer = new Replayer(worker);
    const stop = new AbortController();
    const done = drained(replayer);
    const running = replayer.run(stop.signal);

    await wallet.holding(REPLAY_CONCURRENCY);
    // Every step now waits on its answer, and none can end before one is released.
    expect(wallet.held()).toBe(REPLAY_CONCURRENCY);
    expect(stepping).toBe(REPLAY_CONCURRENCY);
    expect(mostStepping).toBe(REPLAY_CONCURRENCY);

    wallet.releaseAll();
    await done;
    stop.abort();
    await running;
    expect(mostStepping).toBe(REPLAY_CONCURRENCY);
    expect(wallet.mostHeld()).toBe(REPLAY_CONCURRENCY);
    expect(wallet.calls).toHaveLength(30);
    expect(new Set(wallet.calls.map(outTradeNoOf)).size).toBe(30);
    const states = (await db.sales.toArray()).map((row) => row.state);
    expect(new Set(states)).toEqual(new Set(['forwarded']));
  });

  it('wakes when told, instead of waiting for its timer', async () => {
    const worker = new SaleWorker(await testCredentials(), browserOutboxContext('leader'));
    scriptedWallet(() => 'no-response');
    const replayer = new Replayer(worker);
    const stop = new AbortController();
    const idle = new Promise<void>((resolve) => {
      const unsubscribe = replayer.subscribe((status) => {
        if (status.leader && !status.replaying) {
          unsubscribe();
          resolve();
        }
      });
    });
    const running = replayer.run(stop.signal);
    await idle;
    const sale = await storedSale(worker.context, {
      mode: 'offline',
      code: 'SOP1.a.b',
      offlineCodeId: 'w1',
    });
    scriptedWallet(() => json(200, paymentOf(sale)));
    const done = drained(replayer);
    worker.wake();
    await done;
    stop.abort();
    await running;
    expect((await db.sales.get(sale.outTradeNo))?.state).toBe('forwarded');
  });
});
