import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { clearLocalData } from './clear-data.ts';
import { db } from './database.ts';
import { clearTerminalSession, loadTerminalSession, saveTerminalSession } from './session.ts';
import { iso, saleRow, T0 } from './test-support/sale-row.ts';
import type { UnsentWork } from './unsent-work.ts';

async function seed(): Promise<void> {
  await Promise.all(db.tables.map((table) => table.clear()));
  const key = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  await saveTerminalSession({ terminalId: 't_1', merchantId: 'm_1', key, pairedAt: iso(T0) });
  await db.sales.bulkAdd([saleRow('paid', 'paid'), saleRow('offline', 'accepted-offline')]);
  await db.settings.put({
    id: 'offline-limits',
    perSale: 1,
    totalPending: 1,
    oldestPendingMs: 60_000,
  });
}

const rowCounts = () => Promise.all(db.tables.map((table) => table.count()));

describe('clearLocalData', () => {
  beforeEach(seed);

  it('changes nothing when the check refuses, and shows the check the unsent work', async () => {
    let seen: UnsentWork | undefined;
    const before = await rowCounts();

    const refusal = await clearLocalData((unsent) => {
      seen = unsent;
      return 'not now';
    });

    expect(refusal).toBe('not now');
    expect(seen?.sales.map((row) => row.outTradeNo)).toEqual(['offline']);
    expect(seen?.refunds).toBe(0);
    expect(await rowCounts()).toEqual(before);
  });

  it('empties every table when the check allows it', async () => {
    expect(await clearLocalData(() => null)).toBeNull();
    expect((await rowCounts()).every((count) => count === 0)).toBe(true);
  });
});

describe('clearTerminalSession', () => {
  beforeEach(seed);

  it('keeps the pairing when the check refuses', async () => {
    expect(await clearTerminalSession(() => 'pending')).toBe('pending');
    expect(await loadTerminalSession()).toBeDefined();
  });

  it('forgets only the pairing when the check allows it', async () => {
    expect(await clearTerminalSession(() => null)).toBeNull();
    expect(await loadTerminalSession()).toBeUndefined();
    expect(await db.sales.count()).toBe(2);
  });
});
