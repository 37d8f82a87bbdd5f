import { describe, expect, it } from 'vitest';
import type { RefundRow } from '../db/database.ts';
import { iso, saleRow, T0 } from '../db/test-support/sale-row.ts';
import { receiptOf } from './receipt.ts';

const FULL_CODE = '281234567890123456';
const MASKED = '28************3456';

function refundRow(outRefundNo: string, overrides: Partial<RefundRow> = {}): RefundRow {
  return {
    outRefundNo,
    outTradeNo: 'SO1',
    amount: 300,
    state: 'refunded',
    history: [],
    fee: 1,
    refundedAt: iso(T0 + 120_000),
    pending: 0,
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: iso(T0 + 60_000),
    updatedAt: iso(T0 + 60_000),
    ...overrides,
  };
}

const paid = saleRow('SO1', 'paid', {
  authCode: MASKED,
  tradeNo: 'T-1',
  fee: 4,
  paidAt: iso(T0 + 2_000),
});

describe('receiptOf', () => {
  it('shows a paid sale with its code masked, fee, trade numbers and the time it was paid', () => {
    const receipt = receiptOf(paid, [], 'Saoma Demo Shop');
    expect(receipt).toEqual({
      merchantName: 'Saoma Demo Shop',
      maskedCode: MASKED,
      provider: 'alipay',
      mode: 'online',
      amount: 1_000,
      fee: 4,
      time: T0 + 2_000,
      outTradeNo: 'SO1',
      tradeNo: 'T-1',
      state: 'paid',
      refunds: [],
      cancel: undefined,
      net: 1_000,
    });
  });

  it('masks the full code that a pending sale still holds, and is not final', () => {
    const pending = saleRow('SO2', 'userpaying', { authCode: FULL_CODE });
    const receipt = receiptOf(pending, []);
    expect(receipt.maskedCode).toBe(MASKED);
    expect(JSON.stringify(receipt)).not.toContain(FULL_CODE);
    expect(receipt.time).toBe(T0);
    expect(receipt.fee).toBeUndefined();
    expect(receipt.tradeNo).toBeUndefined();
    expect(receipt.net).toBeNull();
  });

  it('shortens the mask of a long offline code so that it fits a line, keeping its ends', () => {
    const code = `SOP1.${'x'.repeat(180)}AbCd`;
    const offline = saleRow('SO3', 'accepted-offline', { authCode: code, mode: 'offline' });
    const receipt = receiptOf(offline, []);
    expect(receipt.maskedCode).toBe('SO********AbCd');
    expect(receipt.mode).toBe('offline');
    expect(receipt.net).toBeNull();
  });

  it('lists refunds oldest first and takes only those refunded off the net amount', () => {
    const refunds = [
      refundRow('R3', { amount: 100, state: 'sending', createdAt: iso(T0 + 300_000) }),
      refundRow('R1', { amount: 300 }),
      refundRow('R2', {
        amount: 200,
        state: 'declined',
        refundedAt: undefined,
        createdAt: iso(T0 + 200_000),
      }),
    ];
    const receipt = receiptOf(paid, refunds);
    expect(receipt.refunds.map((refund) => [refund.outRefundNo, refund.state])).toEqual([
      ['R1', 'refunded'],
      ['R2', 'declined'],
      ['R3', 'sending'],
    ]);
    expect(receipt.refunds[0]?.time).toBe(T0 + 120_000);
    expect(receipt.refunds[1]?.time).toBe(T0 + 200_000);
    expect(receipt.net).toBe(700);
    expect(receipt.cancel).toBeUndefined();
  });

  it('shows the cancel of a paid sale after a partial refund: what was left, and net zero', () => {
    const cancelled = saleRow('SO1', 'cancelled', {
      authCode: MASKED,
      fee: 4,
      paidAt: iso(T0 + 2_000),
      closedAt: iso(T0 + 600_000),
      history: [
        { state: 'paid', at: iso(T0 + 2_000) },
        { state: 'cancelling', at: iso(T0 + 500_000) },
        { state: 'cancelled', at: iso(T0 + 600_000) },
      ],
    });
    const receipt = receiptOf(cancelled, [refundRow('R1', { amount: 300, fee: 1 })]);
    expect(receipt.cancel).toEqual({ amount: 700, fee: 3, state: 'cancelled', time: T0 + 600_000 });
    expect(receipt.net).toBe(0);
  });

  it('shows a cancel still under way at the time it was asked for, and is not final', () => {
    const cancelling = saleRow('SO1', 'cancelling', {
      fee: 4,
      paidAt: iso(T0 + 2_000),
      history: [{ state: 'cancelling', at: iso(T0 + 500_000) }],
    });
    const receipt = receiptOf(cancelling, []);
    expect(receipt.cancel).toEqual({
      amount: 1_000,
      fee: 4,
      state: 'cancelling',
      time: T0 + 500_000,
    });
    expect(receipt.net).toBeNull();
  });

  it('has no cancel for a sale cancelled before it was paid, and nets zero', () => {
    const receipt = receiptOf(saleRow('SO4', 'cancelled'), []);
    expect(receipt.cancel).toBeUndefined();
    expect(receipt.net).toBe(0);
  });

  it('nets zero for a declined sale', () => {
    expect(receiptOf(saleRow('SO5', 'declined'), []).net).toBe(0);
  });

  it('leaves out a blank merchant name', () => {
    expect(receiptOf(paid, [], '  ').merchantName).toBeUndefined();
  });

  it('refuses a refund of another sale, naming both', () => {
    expect(() => receiptOf(paid, [refundRow('R9', { outTradeNo: 'SO9' })])).toThrow(
      'Refund R9 belongs to sale SO9, not to SO1.',
    );
  });
});
