import { isPendingPayment, type PaymentState } from '../../payment-machine/payment-machine.ts';
import type { SaleRow } from '../database.ts';

export const T0 = Date.parse('2026-11-21T08:00:00.000Z');
export const iso = (ms: number) => new Date(ms).toISOString();

/** A journal row for tests: an alipay sale of ¥10.00 made at T0, in `state`. */
export function saleRow(
  outTradeNo: string,
  state: PaymentState,
  overrides: Partial<SaleRow> = {},
): SaleRow {
  return {
    outTradeNo,
    amount: 1_000,
    currency: 'CNY',
    provider: 'alipay',
    mode: 'online',
    authCode: '281234567890123456',
    authCodeHash: 'hash',
    capturedAt: iso(T0),
    state,
    history: [{ state, at: iso(T0) }],
    pending: isPendingPayment(state) ? 1 : 0,
    attempts: 0,
    nextAttemptAt: T0,
    createdAt: iso(T0),
    updatedAt: iso(T0),
    ...overrides,
  };
}
