import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_OFFLINE_LIMITS } from '../offline-acceptance/offline-limits.ts';
import { db } from './database.ts';
import { loadOfflineLimits, saveOfflineLimits } from './offline-limits.ts';

describe('offline limits storage', () => {
  beforeEach(async () => {
    await db.settings.clear();
  });

  it('gives the defaults when nothing was saved', async () => {
    expect(await loadOfflineLimits()).toEqual(DEFAULT_OFFLINE_LIMITS);
  });

  it('round-trips saved limits and replaces them on the next save', async () => {
    const limits = { perSale: 10_000, totalPending: 50_000, oldestPendingMs: 3_600_000 };
    await saveOfflineLimits(limits);
    expect(await loadOfflineLimits()).toEqual(limits);

    await saveOfflineLimits(DEFAULT_OFFLINE_LIMITS);
    expect(await loadOfflineLimits()).toEqual(DEFAULT_OFFLINE_LIMITS);
    expect(await db.settings.count()).toBe(1);
  });

  it('refuses to save limits that do not validate', async () => {
    const bad = { perSale: 20_000, totalPending: 10_000, oldestPendingMs: 3_600_000 };
    await expect(saveOfflineLimits(bad)).rejects.toThrow(
      'The total pending limit must be at least the per-sale limit (¥200.00).',
    );
    expect(await db.settings.count()).toBe(0);
  });

  it('falls back to the defaults when the stored row no longer validates', async () => {
    await db.settings.put({
      id: 'offline-limits',
      perSale: 0,
      totalPending: 10_000,
      oldestPendingMs: 3_600_000,
    });
    expect(await loadOfflineLimits()).toEqual(DEFAULT_OFFLINE_LIMITS);
  });
});
