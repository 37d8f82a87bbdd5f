import type { Payment } from '../../protocol/payments.ts';
import type { PaymentRecord } from '../store/payments-repo.ts';
import { failureField } from '../http/failure-field.ts';

/** The wire form of a stored payment (PaymentSchema). */
export function toPayment(record: PaymentRecord): Payment {
  return {
    outTradeNo: record.outTradeNo,
    tradeNo: record.tradeNo,
    provider: record.provider,
    status: record.status,
    amount: record.amount,
    currency: record.currency,
    fee: record.fee,
    refundedAmount: record.refundedAmount,
    createdAt: new Date(record.createdAt).toISOString(),
    ...(record.paidAt !== null ? { paidAt: new Date(record.paidAt).toISOString() } : {}),
    ...(record.status === 'CLOSED' && record.closedAt !== null
      ? { closedAt: new Date(record.closedAt).toISOString() }
      : {}),
    ...failureField(record),
  };
}
