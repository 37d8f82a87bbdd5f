import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScannedCode } from '../../../protocol/scanned-code.ts';
import { db } from '../../lib/db/database.ts';
import { getSale } from '../../lib/db/sales.ts';
import { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import {
  fakeContext,
  resetJournal,
  START,
  testCredentials,
} from '../../lib/outbox/test-support/outbox-fixture.ts';
import { startSale } from './start-sale.ts';
import { offlineWallet } from './test-support/offline-wallet.ts';

afterEach(resetJournal);

/** A terminal whose clock estimate is `offsetMs` from its own, good to `uncertaintyMs`. */
async function terminal(offsetMs: number, uncertaintyMs: number) {
  const context = {
    ...fakeContext('till'),
    clockOffsetMs: () => offsetMs,
    clockUncertaintyMs: () => uncertaintyMs,
  };
  return new SaleWorker(await testCredentials(), context);
}

async function offlineCodeIssuedAt(iat: number): Promise<ScannedCode> {
  return (await offlineWallet()).code(`c-${iat}`, iat);
}

describe('startSale with an offline code', () => {
  it('sends as capturedAt the wallet time the code was judged on, never before its iat', async () => {
    // The wallet made the code 200 ms after the terminal's estimate of the wallet's time.
    const scanned = await offlineCodeIssuedAt(START + 1_000 + 200);
    const started = await startSale(scanned, 500, await terminal(1_000, 600));
    if (!started.ok) throw new Error(started.message);
    const sale = await getSale(started.outTradeNo);
    expect(sale?.capturedAt).toBe(new Date(START + 1_200).toISOString());
    expect(sale?.deviceCapturedAt).toBe(new Date(START).toISOString());
    expect(sale?.clockOffsetMs).toBe(1_000);
  });

  it('keeps the estimate when the code was made before it', async () => {
    const scanned = await offlineCodeIssuedAt(START - 60_000);
    const started = await startSale(scanned, 500, await terminal(1_000, 600));
    if (!started.ok) throw new Error(started.message);
    expect((await getSale(started.outTradeNo))?.capturedAt).toBe(
      new Date(START + 1_000).toISOString(),
    );
  });

  it('refuses, and writes nothing, a code made later than the estimate can be wrong by', async () => {
    const scanned = await offlineCodeIssuedAt(START + 1_000 + 601);
    const started = await startSale(scanned, 500, await terminal(1_000, 600));
    if (started.ok) throw new Error('The early code was accepted');
    expect(started.message).toContain('not valid until');
    expect(await db.sales.count()).toBe(0);
  });
});
