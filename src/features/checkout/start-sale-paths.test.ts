import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { routeScannedCode } from '../../../protocol/scanned-code.ts';
import { db } from '../../lib/db/database.ts';
import { saveOfflineLimits } from '../../lib/db/offline-limits.ts';
import { getSale } from '../../lib/db/sales.ts';
import { t } from '../../lib/i18n/translate.ts';
import { onlineCodeOfflineRefusal } from '../../lib/offline-acceptance/accept-offline-code.ts';
import { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import {
  fakeContext,
  ONLINE_CODE,
  resetJournal,
  testCredentials,
} from '../../lib/outbox/test-support/outbox-fixture.ts';
import { startSale } from './start-sale.ts';
import { offlineWallet } from './test-support/offline-wallet.ts';

afterEach(async () => {
  await db.settings.clear();
  await db.keyring.clear();
  await resetJournal();
});

const till = async () => new SaleWorker(await testCredentials(), fakeContext('till'));

function onlineCode() {
  const route = routeScannedCode(ONLINE_CODE);
  if (!route.ok) throw new Error(route.message);
  return route;
}

describe('startSale with an online code', () => {
  it('writes the sale as created, to be sent, while the wallet answers', async () => {
    const started = await startSale(onlineCode(), 1_250, await till());
    if (!started.ok) throw new Error(started.message);
    const sale = await getSale(started.outTradeNo);
    expect(sale).toMatchObject({ state: 'created', mode: 'online', amount: 1_250, pending: 1 });
    expect(sale?.provider).toBe('alipay');
  });

  it('refuses, and writes nothing, while the terminal is offline', async () => {
    const worker = await till();
    worker.noteContact(false);
    const started = await startSale(onlineCode(), 1_250, worker);
    expect(started).toEqual({ ok: false, message: onlineCodeOfflineRefusal() });
    expect(await db.sales.count()).toBe(0);
  });
});

describe('startSale with an offline code', () => {
  it('writes the sale as accepted offline, with its code id', async () => {
    const wallet = await offlineWallet();
    const started = await startSale(await wallet.code('c-1'), 700, await till());
    if (!started.ok) throw new Error(started.message);
    expect(await getSale(started.outTradeNo)).toMatchObject({
      state: 'accepted-offline',
      mode: 'offline',
      offlineCodeId: 'c-1',
      amount: 700,
    });
  });

  it('refuses, and writes nothing, a sale above the per-sale limit', async () => {
    await saveOfflineLimits({ perSale: 500, totalPending: 1_000, oldestPendingMs: 86_400_000 });
    const wallet = await offlineWallet();
    const started = await startSale(await wallet.code('c-1'), 501, await till());
    if (started.ok) throw new Error('the sale above the limit was accepted');
    expect(started.message).toContain('5.01');
    expect(await db.sales.count()).toBe(0);
  });

  it('refuses, and writes nothing more, a code this terminal already took', async () => {
    const wallet = await offlineWallet();
    const code = await wallet.code('c-1');
    const worker = await till();
    expect((await startSale(code, 300, worker)).ok).toBe(true);
    expect(await startSale(code, 300, worker)).toEqual({
      ok: false,
      message: t('offline.alreadyAccepted'),
    });
    expect(await db.sales.count()).toBe(1);
  });

  it('refuses, and writes nothing, when the terminal holds no wallet keys', async () => {
    const wallet = await offlineWallet();
    const code = await wallet.code('c-1');
    await db.keyring.clear();
    const started = await startSale(code, 300, await till());
    expect(started).toEqual({ ok: false, message: t('offline.noKeys') });
    expect(await db.sales.count()).toBe(0);
  });
});
