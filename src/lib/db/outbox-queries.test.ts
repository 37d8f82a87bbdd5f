import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from './database.ts';
import {
  ATTEMPTS_ATTENTION,
  attentionReason,
  attentionSales,
  summarizeOutbox,
  UNKNOWN_ATTENTION_MS,
} from './outbox-queries.ts';
import { iso, saleRow as sale, T0 } from './test-support/sale-row.ts';

describe('attentionReason', () => {
  it('flags a sale declined after forwarding, though it is final', () => {
    expect(attentionReason(sale('a', 'declined-after-forwarding'), T0)).toBe(
      'declined-after-forwarding',
    );
  });

  it('flags an unknown outcome only once it has lasted longer than the limit', () => {
    const row = sale('a', 'unknown', {
      history: [
        { state: 'created', at: iso(T0 - 60_000) },
        { state: 'sending', at: iso(T0 - 60_000) },
        { state: 'unknown', at: iso(T0) },
      ],
      updatedAt: iso(T0 + 5 * 60_000),
    });
    expect(attentionReason(row, T0 + UNKNOWN_ATTENTION_MS)).toBeNull();
    expect(attentionReason(row, T0 + UNKNOWN_ATTENTION_MS + 1)).toBe('unknown-too-long');
  });

  it('flags a pending sale that failed too many attempts in a row', () => {
    expect(attentionReason(sale('a', 'accepted-offline', { attempts: 9 }), T0)).toBeNull();
    expect(
      attentionReason(sale('a', 'accepted-offline', { attempts: ATTEMPTS_ATTENTION }), T0),
    ).toBe('many-attempts');
  });

  it('leaves ordinary final and pending sales alone', () => {
    expect(attentionReason(sale('a', 'paid'), T0 + 10 * UNKNOWN_ATTENTION_MS)).toBeNull();
    expect(attentionReason(sale('a', 'declined'), T0)).toBeNull();
    expect(attentionReason(sale('a', 'userpaying'), T0 + 10 * UNKNOWN_ATTENTION_MS)).toBeNull();
  });
});

describe('summarizeOutbox', () => {
  it('counts pending work, the offline exposure, and the oldest pending sale of any mode', () => {
    const pending = [
      sale('online', 'unknown', { createdAt: iso(T0 - 5_000) }),
      sale('offline-1', 'accepted-offline', { mode: 'offline', amount: 2_500 }),
      sale('offline-2', 'forwarding', { mode: 'offline', amount: 500, createdAt: iso(T0 + 1) }),
    ];
    const summary = summarizeOutbox({ sales: pending, refunds: [] }, [], T0 + 1_000);
    expect(summary.pendingCount).toBe(3);
    expect(summary.exposure).toEqual({ pendingTotal: 3_000, count: 2, oldestPendingAt: T0 });
    expect(summary.oldestPendingAt).toBe(T0 - 5_000);
    expect(summary.attention).toEqual([]);
  });

  it('is empty when nothing is pending', () => {
    expect(summarizeOutbox({ sales: [], refunds: [] }, [], T0)).toEqual({
      pending: [],
      pendingRefunds: [],
      pendingCount: 0,
      exposure: { pendingTotal: 0, count: 0, oldestPendingAt: undefined },
      oldestPendingAt: undefined,
      attention: [],
    });
  });
});

describe('attentionSales', () => {
  beforeEach(async () => {
    await db.sales.clear();
  });

  it('reads the journal and lists what needs follow-up, oldest first', async () => {
    await db.sales.bulkAdd([
      sale('paid', 'paid'),
      sale('fresh-unknown', 'unknown', {
        history: [{ state: 'unknown', at: iso(T0 + UNKNOWN_ATTENTION_MS) }],
      }),
      sale('old-unknown', 'unknown', { createdAt: iso(T0 - 1) }),
      sale('declined', 'declined-after-forwarding', { mode: 'offline', createdAt: iso(T0 - 2) }),
      sale('retried', 'accepted-offline', { mode: 'offline', attempts: 12 }),
    ]);

    const listed = await attentionSales(T0 + UNKNOWN_ATTENTION_MS + 1);

    expect(listed.map((row) => row.outTradeNo)).toEqual(['declined', 'old-unknown', 'retried']);
  });
});
