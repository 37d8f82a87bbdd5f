import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../db/database.ts';
import { pendingSales } from '../db/sales.ts';
import { iso, saleRow, T0 } from '../db/test-support/sale-row.ts';
import { exportPendingSales, lastExportCovers } from './pending-export.ts';

describe('exportPendingSales', () => {
  beforeEach(async () => {
    await db.sales.clear();
    await db.sales.bulkAdd([
      saleRow('paid', 'paid'),
      saleRow('P1', 'accepted-offline'),
      saleRow('P2', 'unknown'),
    ]);
  });

  it('covers nothing before the first export', () => {
    expect(lastExportCovers([], 'as-now')).toBe(false);
  });

  it('saves the pending sales as a CSV file and answers how many', async () => {
    const saved: Array<{ fileName: string; csv: string }> = [];
    const count = await exportPendingSales(new Date(T0), (fileName, csv) =>
      saved.push({ fileName, csv }),
    );
    expect(count).toBe(2);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.fileName).toBe('saoma-pending-20261121-080000.csv');
    expect(saved[0]?.csv).toContain('\r\nP1,');
    expect(saved[0]?.csv).toContain('\r\nP2,');
    expect(saved[0]?.csv).not.toContain('\r\npaid,');
  });

  it('covers the pending set only while each pending sale is in the file as it is now', async () => {
    await exportPendingSales(new Date(T0), () => undefined);
    expect(lastExportCovers(await pendingSales(), 'as-now')).toBe(true);

    await db.sales.update('P1', { updatedAt: iso(T0 + 1), attempts: 1 });
    expect(lastExportCovers(await pendingSales(), 'as-now')).toBe(false);
    expect(lastExportCovers(await pendingSales(), 'same-sales')).toBe(true);

    await exportPendingSales(new Date(T0), () => undefined);
    await db.sales.add(saleRow('P3', 'accepted-offline'));
    expect(lastExportCovers(await pendingSales(), 'as-now')).toBe(false);
    expect(lastExportCovers(await pendingSales(), 'same-sales')).toBe(false);

    // A sale that became final after the export is no longer work that could be lost.
    await exportPendingSales(new Date(T0), () => undefined);
    await db.sales.update('P3', { state: 'forwarded', pending: 0 });
    expect(lastExportCovers(await pendingSales(), 'as-now')).toBe(true);
  });
});
