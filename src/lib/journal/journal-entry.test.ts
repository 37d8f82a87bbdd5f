import { describe, expect, it } from 'vitest';
import { journalEntries } from './journal-entry.ts';
import { refundRow, saleRow } from './test-support/journal-rows.ts';

const at = (time: string) => `2026-11-21T${time}.000Z`;

describe('journal entries', () => {
  it('lists sales and their refunds newest first, with the settlement movement of each', () => {
    const entries = journalEntries(
      [
        saleRow('SO-1', { createdAt: at('08:00:00'), paidAt: at('08:00:01') }),
        saleRow('SO-2', { createdAt: at('09:00:00'), paidAt: at('09:00:01'), provider: 'wechat' }),
      ],
      [refundRow('RF-1', 'SO-1', { createdAt: at('10:00:00'), refundedAt: at('10:00:01') })],
    );
    expect(entries.map((entry) => [entry.id, entry.kind, entry.movement])).toEqual([
      ['RF-1', 'refund', 'REFUND'],
      ['SO-2', 'sale', 'PAYMENT'],
      ['SO-1', 'sale', 'PAYMENT'],
    ]);
    expect(entries[0]).toMatchObject({
      outTradeNo: 'SO-1',
      outRefundNo: 'RF-1',
      provider: 'alipay',
      amount: 250,
      fee: 1,
      status: 'refunded',
      movedAt: Date.parse(at('10:00:01')),
    });
  });

  it('gives a cancelled paid sale a cancel entry that returns what refunds left, and its fee', () => {
    const sale = saleRow('SO-1', {
      amount: 10_000,
      fee: 38,
      state: 'cancelled',
      closedAt: at('11:00:00'),
      history: [
        { state: 'paid', at: at('08:00:00') },
        { state: 'cancelling', at: at('10:59:59') },
        { state: 'cancelled', at: at('11:00:01') },
      ],
    });
    const refunds = [
      refundRow('RF-1', 'SO-1', { amount: 2_500, fee: 10 }),
      refundRow('RF-2', 'SO-1', { amount: 1_000, fee: 0, state: 'declined' }),
    ];
    const cancel = journalEntries([sale], refunds).find((entry) => entry.kind === 'cancel');
    expect(cancel).toMatchObject({
      id: 'SO-1~cancel',
      amount: 7_500,
      fee: 28,
      status: 'cancelled',
      movement: 'CANCEL',
      createdAt: Date.parse(at('10:59:59')),
      movedAt: Date.parse(at('11:00:00')),
    });
  });

  it('moves no money for sales that were never paid, pending refunds, or a cancel not yet answered', () => {
    const entries = journalEntries(
      [
        saleRow('SO-declined', { state: 'declined', paidAt: undefined }),
        saleRow('SO-offline', { state: 'accepted-offline', paidAt: undefined, mode: 'offline' }),
        saleRow('SO-cancelled-waiting', { state: 'cancelled', paidAt: undefined }),
        saleRow('SO-cancelling', { state: 'cancelling' }),
      ],
      [refundRow('RF-pending', 'SO-cancelling', { state: 'sending', refundedAt: undefined })],
    );
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const view = (id: string) => {
      const entry = byId.get(id);
      return entry && { status: entry.status, movement: entry.movement ?? 'none' };
    };
    expect(view('SO-declined')).toEqual({ status: 'declined', movement: 'none' });
    expect(view('SO-offline')).toEqual({ status: 'pending', movement: 'none' });
    expect(byId.has('SO-cancelled-waiting~cancel')).toBe(false);
    expect(view('SO-cancelling~cancel')).toEqual({ status: 'pending', movement: 'none' });
    expect(view('RF-pending')).toEqual({ status: 'pending', movement: 'none' });
  });

  it('never shows a pending sale’s full code, and keeps its last four for search', () => {
    const [entry] = journalEntries(
      [saleRow('SO-1', { state: 'unknown', authCode: '281234567890123456', paidAt: undefined })],
      [],
    );
    expect(entry?.maskedCode).toBe('28************3456');
    expect(entry?.codeLast4).toBe('3456');
  });

  it('leaves out a refund whose sale is not in the journal', () => {
    expect(journalEntries([], [refundRow('RF-1', 'SO-gone')])).toEqual([]);
  });
});
