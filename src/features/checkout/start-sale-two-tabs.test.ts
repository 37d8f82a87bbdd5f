import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../../lib/db/database.ts';
import { saveOfflineLimits } from '../../lib/db/offline-limits.ts';
import { t } from '../../lib/i18n/translate.ts';
import { checkOfflineLimits } from '../../lib/offline-acceptance/offline-limits.ts';
import { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import {
  fakeContext,
  resetJournal,
  START,
  testCredentials,
} from '../../lib/outbox/test-support/outbox-fixture.ts';
import { startSale } from './start-sale.ts';
import { offlineWallet } from './test-support/offline-wallet.ts';

afterEach(async () => {
  await db.settings.clear();
  await resetJournal();
});

const LIMITS = { perSale: 800, totalPending: 1_000, oldestPendingMs: 86_400_000 };

describe('startSale in two tabs at once', () => {
  it('accepts only one of two offline sales that fit the pending limit alone but not together', async () => {
    await saveOfflineLimits(LIMITS);
    const wallet = await offlineWallet();
    const [first, second] = [await wallet.code('c-tab-1'), await wallet.code('c-tab-2')];
    const [tab1, tab2] = [
      new SaleWorker(await testCredentials(), fakeContext('tab-1')),
      new SaleWorker(await testCredentials(), fakeContext('tab-2')),
    ];
    // Both start in the same turn, so each reads the journal before either writes to it
    // (IndexedDB runs a write after the reads begun before it): only the check made inside
    // the write's transaction can tell them apart.
    const started = await Promise.all([startSale(first, 600, tab1), startSale(second, 500, tab2)]);

    const accepted = started.flatMap((start) => (start.ok ? [start.outTradeNo] : []));
    const refused = started.flatMap((start) => (start.ok ? [] : [start.message]));
    expect(accepted).toHaveLength(1);
    const rows = await db.sales.toArray();
    expect(rows.map((row) => row.outTradeNo)).toEqual(accepted);
    const winner = rows[0];
    if (!winner) throw new Error('no sale was written');
    const loserAmount = winner.amount === 600 ? 500 : 600;
    const limit = checkOfflineLimits(
      loserAmount,
      { pendingTotal: winner.amount, oldestPendingAt: Date.parse(winner.createdAt) },
      LIMITS,
      START,
    );
    if (limit.ok) throw new Error('the losing sale fits the limit');
    expect(limit.code).toBe('OVER_PENDING_LIMIT');
    expect(refused).toEqual([limit.message]);
  });

  it('accepts one offline code once when two tabs scan it together', async () => {
    const wallet = await offlineWallet();
    const code = await wallet.code('c-shared');
    const started = await Promise.all([
      startSale(code, 300, new SaleWorker(await testCredentials(), fakeContext('tab-1'))),
      startSale(code, 300, new SaleWorker(await testCredentials(), fakeContext('tab-2'))),
    ]);
    expect(started.filter((start) => start.ok)).toHaveLength(1);
    expect(started.filter((start) => !start.ok)).toEqual([
      { ok: false, message: t('offline.alreadyAccepted') },
    ]);
    expect(await db.sales.count()).toBe(1);
  });
});
