import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
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
} from './test-support/outbox-fixture.ts';

afterEach(resetJournal);

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
  it('forwards every queued sale once, a few calls at a time', async () => {
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
    let inFlight = 0;
    let mostInFlight = 0;
    const calls = scriptedWallet((call) => {
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      const sale = sales.find(
        (candidate) => candidate.outTradeNo === (call.body as { outTradeNo: string }).outTradeNo,
      );
      if (!sale) throw new Error('unexpected call');
      queueMicrotask(() => (inFlight -= 1));
      return json(200, paymentOf(sale));
    });
    const replayer = new Replayer(worker);
    const stop = new AbortController();
    const done = drained(replayer);
    const running = replayer.run(stop.signal);
    await done;
    stop.abort();
    await running;
    expect(calls).toHaveLength(30);
    expect(
      new Set(calls.map((call) => (call.body as { outTradeNo: string }).outTradeNo)).size,
    ).toBe(30);
    expect(mostInFlight).toBeLessThanOrEqual(REPLAY_CONCURRENCY);
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
