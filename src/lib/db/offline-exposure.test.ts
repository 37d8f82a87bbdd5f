import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db, type SaleRow } from './database.ts';
import { insertOfflineSale, offlineExposure, offlineExposureOf } from './sales.ts';
import { saleRow } from './test-support/sale-row.ts';

afterEach(() => db.sales.clear());

const rows: SaleRow[] = [
  saleRow('A', 'accepted-offline', {
    mode: 'offline',
    amount: 1_250,
    createdAt: '2026-11-21T08:00:05.000Z',
  }),
  saleRow('B', 'accepted-offline', {
    mode: 'offline',
    amount: 20_000,
    createdAt: '2026-11-21T07:59:00.000Z',
  }),
  saleRow('C', 'forwarded', {
    mode: 'offline',
    amount: 5_000,
    createdAt: '2026-11-21T07:00:00.000Z',
  }),
  saleRow('D', 'unknown', { mode: 'online', amount: 9_999, createdAt: '2026-11-21T06:00:00.000Z' }),
];

describe('offline exposure', () => {
  it('counts the pending offline money and its oldest sale, and nothing else', async () => {
    await db.sales.bulkAdd(rows);
    const expected = offlineExposureOf(rows);
    expect(expected).toEqual({
      pendingTotal: 21_250,
      count: 2,
      oldestPendingAt: Date.parse('2026-11-21T07:59:00.000Z'),
    });
    expect(await offlineExposure()).toEqual(expected);
  });

  it('lets the limit check see the exposure inside the write, and refuses a code taken before', async () => {
    await db.sales.bulkAdd(rows);
    const seen: number[] = [];
    const fresh = saleRow('E', 'accepted-offline', { mode: 'offline', amount: 100 });
    const refusal = await insertOfflineSale(
      { ...fresh, offlineCodeId: 'cid-E' },
      (exposure, used) => {
        seen.push(exposure.pendingTotal);
        return used ? 'used' : null;
      },
    );
    expect(refusal).toBeNull();
    expect(seen).toEqual([21_250]);
    const again = saleRow('F', 'accepted-offline', { mode: 'offline', amount: 100 });
    expect(
      await insertOfflineSale({ ...again, offlineCodeId: 'cid-E' }, (_, used) =>
        used ? 'used' : null,
      ),
    ).toBe('used');
    expect(await db.sales.get('F')).toBeUndefined();
  });
});
