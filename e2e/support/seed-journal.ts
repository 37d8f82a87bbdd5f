import type { Page } from '@playwright/test';

export type SeedOptions = { sales: number; refundEvery: number; days: number; now: number };

/**
 * Writes `sales` paid sales (and a refund of every `refundEvery`-th) straight into the page's
 * IndexedDB, shaped as the app's SaleRow and RefundRow, spread over `days` days before `now`.
 * Raw IndexedDB in one transaction: seeding is not what is measured.
 */
export function seedJournal(page: Page, options: SeedOptions): Promise<number> {
  return page.evaluate(async ({ sales, refundEvery, days, now }) => {
    const providers = ['alipay', 'wechat', 'unionpay'] as const;
    const prefixes = { alipay: '28', wechat: '13', unionpay: '62' } as const;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('saoma');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot open saoma'));
    });
    const tx = db.transaction(['sales', 'refunds'], 'readwrite');
    const salesStore = tx.objectStore('sales');
    const refundsStore = tx.objectStore('refunds');
    const span = days * 24 * 60 * 60_000;
    let written = 0;
    for (let i = 0; i < sales; i += 1) {
      const provider = providers[i % providers.length] ?? 'alipay';
      const created = now - Math.floor((i / sales) * span) - 1_000;
      const at = new Date(created).toISOString();
      const paidAt = new Date(created + 800).toISOString();
      const last4 = String(i % 10_000).padStart(4, '0');
      const outTradeNo = `SO${String(i).padStart(8, '0')}BENCH`;
      const amount = 100 + ((i * 7_919) % 49_900);
      const fee = Math.round((amount * 38) / 10_000);
      const state = i % 50 === 7 ? 'declined' : 'paid';
      salesStore.put({
        outTradeNo,
        amount,
        currency: 'CNY',
        provider,
        mode: i % 10 === 3 ? 'offline' : 'online',
        authCode: `${prefixes[provider]}************${last4}`,
        authCodeHash: `hash-${i}`,
        capturedAt: at,
        state,
        history: [
          { state: 'created', at },
          { state: 'sending', at },
          { state, at: paidAt },
        ],
        tradeNo: `T${i}`,
        fee: state === 'paid' ? fee : 0,
        refundedAmount: 0,
        ...(state === 'paid' ? { paidAt } : {}),
        pending: 0,
        attempts: 0,
        nextAttemptAt: 0,
        createdAt: at,
        updatedAt: paidAt,
      });
      written += 1;
      if (state === 'paid' && i % refundEvery === 0) {
        const refundAt = new Date(created + 60_000).toISOString();
        refundsStore.put({
          outRefundNo: `RF${String(i).padStart(8, '0')}BENCH`,
          outTradeNo,
          amount: Math.floor(amount / 2),
          state: 'refunded',
          history: [{ state: 'refunded', at: refundAt }],
          fee: Math.floor(fee / 2),
          refundedAt: refundAt,
          pending: 0,
          attempts: 0,
          nextAttemptAt: 0,
          createdAt: refundAt,
          updatedAt: refundAt,
        });
        written += 1;
      }
    }
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('seeding failed'));
    });
    db.close();
    return written;
  }, options);
}

/**
 * Waits until the database answers a one-row read. Right after a bulk write Chromium's
 * IndexedDB is still settling it (seconds for 50,000 rows), which a journal written over weeks
 * never is; answers how long that took.
 */
export function waitForJournalSettled(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const started = performance.now();
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('saoma');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('cannot open saoma'));
    });
    await new Promise<void>((resolve, reject) => {
      const request = db.transaction('sales', 'readonly').objectStore('sales').openCursor();
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('cannot read sales'));
    });
    db.close();
    return performance.now() - started;
  });
}
