import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WALLET_DEADLINES_MS } from '../wallet-client/deadlines.ts';
import type { SaleRow } from '../db/database.ts';
import { getSale } from '../db/sales.ts';
import { whenSale } from '../db/test-support/when-sale.ts';
import { requestCancel } from './cancel-sale.ts';
import { driveSale, LIVE_UNKNOWN_LIMIT_MS } from './drive-sale.ts';
import { browserOutboxContext } from './outbox-clock.ts';
import { SaleWorker } from './sale-worker.ts';
import {
  hangingCalls,
  json,
  jsSigningCredentials,
  paymentOf,
  resetJournal,
  scriptedWallet,
  storedSale,
  testCredentials,
} from './test-support/outbox-fixture.ts';

afterEach(resetJournal);

describe('driveSale', () => {
  it('takes a sale to paid in the page that made it', async () => {
    const worker = new SaleWorker(await testCredentials(), browserOutboxContext('till'));
    const sale = await storedSale(worker.context);
    scriptedWallet(() => json(200, paymentOf(sale)));
    expect(await driveSale(sale.outTradeNo, worker)).toMatchObject({ state: 'paid', pending: 0 });
  });

  it('sends the cancel as soon as the cashier presses Cancel, without waiting for the next poll', async () => {
    const worker = new SaleWorker(await testCredentials(), browserOutboxContext('till'));
    const sale = await storedSale(worker.context, { amount: 200_000 });
    const paths: string[] = [];
    scriptedWallet((call) => {
      paths.push(`${call.method} ${call.path}`);
      if (call.path.endsWith('/cancel'))
        return json(200, paymentOf(sale, { status: 'CLOSED', fee: 0 }));
      return json(200, paymentOf(sale, { status: 'USERPAYING', fee: 0 }));
    });
    const driving = driveSale(sale.outTradeNo, worker);
    await whenSale(sale.outTradeNo, (row) => row.state === 'userpaying');
    expect(await requestCancel(sale.outTradeNo, worker)).toMatchObject({ ok: true });
    expect(await driving).toMatchObject({ state: 'cancelled' });
    expect(paths).toEqual([
      'POST /api/v1/payments',
      `POST /api/v1/payments/${sale.outTradeNo}/cancel`,
    ]);
  });

  it('hands a sale over to the replayer when asked to stop', async () => {
    const worker = new SaleWorker(await testCredentials(), browserOutboxContext('till'));
    const sale = await storedSale(worker.context);
    scriptedWallet(() => json(200, paymentOf(sale)));
    const stop = new AbortController();
    stop.abort();
    const after = await driveSale(sale.outTradeNo, worker, stop.signal);
    expect(after).toMatchObject({ state: 'created', pending: 1, leaseOwner: undefined });
  });
});

/**
 * Waits for the sale to satisfy `predicate` under fake timers, where Dexie's live queries stall:
 * reads it after each turn of the real event loop (IndexedDB's own tasks run on setImmediate).
 */
async function pollSale(outTradeNo: string, predicate: (row: SaleRow) => boolean) {
  for (;;) {
    const row = await getSale(outTradeNo);
    if (row && predicate(row)) return row;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/**
 * Runs the fake clock for `worker` until `work` settles or `limitMs` of fake time have passed, and
 * returns the fake time it took. The clock moves, to the next timer, only while the worker waits
 * on one: asleep, or on a call nobody answers. While it signs or reads IndexedDB time stands
 * still, so the result does not depend on the machine's load (sign in JavaScript for that:
 * WebCrypto's work runs on Node's thread pool, outside the event loop this helper can watch).
 */
async function runClockUntil(
  work: Promise<unknown>,
  worker: SaleWorker,
  limitMs: number,
): Promise<number> {
  const state = { settled: false, sleeping: 0 };
  void work.finally(() => (state.settled = true));
  const sleep = worker.sleep.bind(worker);
  vi.spyOn(worker, 'sleep').mockImplementation(async (ms, signal) => {
    state.sleeping += 1;
    try {
      await sleep(ms, signal);
    } finally {
      state.sleeping -= 1;
    }
  });
  const started = Date.now();
  while (!state.settled && Date.now() - started < limitMs) {
    await new Promise((resolve) => setImmediate(resolve));
    if (state.sleeping > 0 || hangingCalls() > 0) await vi.advanceTimersToNextTimerAsync();
  }
  return Date.now() - started;
}

describe('driveSale with a wallet that takes the request and never answers', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends the pay call at its deadline: the sale is unknown, and the terminal is offline', async () => {
    const credentials = await jsSigningCredentials();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const worker = new SaleWorker(credentials, {
      ...browserOutboxContext('till'),
      random: () => 0.5,
    });
    const sale = await storedSale(worker.context);
    const calls = scriptedWallet(() => 'hang');
    const driving = driveSale(sale.outTradeNo, worker);
    await pollSale(sale.outTradeNo, (row) => row.state === 'sending');
    while (calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    await vi.advanceTimersByTimeAsync(WALLET_DEADLINES_MS.pay - 1);
    expect((await getSale(sale.outTradeNo))?.state).toBe('sending');
    expect(worker.offline()).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const unknown = await pollSale(sale.outTradeNo, (row) => row.state === 'unknown');
    expect(unknown.pending).toBe(1);
    expect(worker.offline()).toBe(true);
    expect(calls[0]).toMatchObject({ method: 'POST', path: '/api/v1/payments' });
    // The checkout hands it over to the replayer once 10 s have passed without an answer.
    const handOver = await runClockUntil(driving, worker, 60_000);
    console.log('HANDOVER', handOver);
    expect(handOver).toBeGreaterThanOrEqual(LIVE_UNKNOWN_LIMIT_MS - 100);
    expect(handOver).toBeLessThanOrEqual(LIVE_UNKNOWN_LIMIT_MS + WALLET_DEADLINES_MS.query + 200);
    expect(await driving).toMatchObject({ state: 'unknown', pending: 1, leaseOwner: undefined });
    expect(calls.every((call) => call.path.startsWith('/api/v1/payments'))).toBe(true);
  });

  it('stops waiting when the cashier presses Cancel: unknown, handed to the replayer, the wallet not judged', async () => {
    const worker = new SaleWorker(await testCredentials(), browserOutboxContext('till'));
    const sale = await storedSale(worker.context);
    const calls = scriptedWallet(() => 'hang');
    const driving = driveSale(sale.outTradeNo, worker);
    await whenSale(sale.outTradeNo, (row) => row.state === 'sending');
    expect(worker.stopWaiting(sale.outTradeNo)).toBe(true);
    expect(await driving).toMatchObject({ state: 'unknown', pending: 1, leaseOwner: undefined });
    expect(calls).toHaveLength(1);
    // Only the cashier stopped: nothing is known about the wallet.
    expect(worker.offline()).toBe(false);
    // Once the sale is no longer followed live, there is nothing to stop.
    expect(worker.stopWaiting(sale.outTradeNo)).toBe(false);
  });
});
