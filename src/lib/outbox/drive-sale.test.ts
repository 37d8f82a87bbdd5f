import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { whenSale } from '../db/when-sale.ts';
import { requestCancel } from './cancel-sale.ts';
import { driveSale } from './drive-sale.ts';
import { browserOutboxContext } from './outbox-clock.ts';
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
