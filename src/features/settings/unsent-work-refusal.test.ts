import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { exportPendingSales } from '../../lib/csv/pending-export.ts';
import { db } from '../../lib/db/database.ts';
import { saleRow } from '../../lib/db/test-support/sale-row.ts';
import { readUnsentWork } from '../../lib/db/unsent-work.ts';
import { unsentWorkRefusal } from './unsent-work-refusal.ts';

describe('unsentWorkRefusal', () => {
  beforeEach(async () => {
    await db.sales.clear();
  });

  it('allows the action when nothing is pending', () => {
    expect(unsentWorkRefusal({ sales: [], refunds: 0 }, 'as-now')).toBeNull();
  });

  it('refuses while sales are pending and not exported', async () => {
    await db.sales.bulkAdd([saleRow('P1', 'accepted-offline'), saleRow('P2', 'unknown')]);
    expect(unsentWorkRefusal(await readUnsentWork(), 'as-now')).toBe(
      '2 sales are not sent yet. Export them first, or sync them.',
    );
  });

  it('allows the action once the pending sales are exported as they are now', async () => {
    await db.sales.add(saleRow('P1', 'accepted-offline'));
    await exportPendingSales(new Date(), () => undefined);
    expect(unsentWorkRefusal(await readUnsentWork(), 'as-now')).toBeNull();

    await db.sales.update('P1', { updatedAt: new Date().toISOString(), attempts: 1 });
    expect(unsentWorkRefusal(await readUnsentWork(), 'as-now')).toBe(
      '1 sale is not sent yet. Export it first, or sync it.',
    );
  });

  it('on the confirmation, lets a background retry pass but not a new sale', async () => {
    await db.sales.add(saleRow('P1', 'accepted-offline'));
    await exportPendingSales(new Date(), () => undefined);
    await db.sales.update('P1', { updatedAt: new Date().toISOString(), attempts: 1 });
    expect(unsentWorkRefusal(await readUnsentWork(), 'same-sales')).toBeNull();

    await db.sales.add(saleRow('P2', 'accepted-offline'));
    expect(unsentWorkRefusal(await readUnsentWork(), 'same-sales')).toBe(
      '2 sales are not sent yet. Export them first, or sync them.',
    );
  });

  it('refuses while refunds are pending, export or not', () => {
    expect(unsentWorkRefusal({ sales: [], refunds: 1 }, 'same-sales')).toBe(
      '1 refund is not sent yet. Sync it first.',
    );
  });
});
