import type { RefundRow, SaleRow } from '../../db/database.ts';
import type { PaymentState } from '../../payment-machine/payment-machine.ts';

const AT = '2026-11-21T08:00:00.000Z';

/** A journal sale for tests: paid with Alipay unless `fields` say otherwise. */
export function saleRow(outTradeNo: string, fields: Partial<SaleRow> = {}): SaleRow {
  const state: PaymentState = fields.state ?? 'paid';
  return {
    outTradeNo,
    amount: 1_250,
    currency: 'CNY',
    provider: 'alipay',
    mode: 'online',
    authCode: '28****************3456',
    authCodeHash: 'hash',
    capturedAt: AT,
    state,
    history: [{ state, at: AT }],
    tradeNo: `T-${outTradeNo}`,
    fee: 5,
    refundedAmount: 0,
    paidAt: AT,
    pending: 0,
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  };
}

export function refundRow(
  outRefundNo: string,
  outTradeNo: string,
  fields: Partial<RefundRow> = {},
): RefundRow {
  return {
    outRefundNo,
    outTradeNo,
    amount: 250,
    state: 'refunded',
    history: [{ state: 'refunded', at: AT }],
    fee: 1,
    refundedAt: AT,
    pending: 0,
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: AT,
    updatedAt: AT,
    ...fields,
  };
}
