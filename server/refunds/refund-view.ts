import type { Refund } from '../../protocol/refunds.ts';
import type { RefundRecord } from '../store/refunds-repo.ts';
import { failureField } from '../http/failure-field.ts';

/** The wire form of a stored refund (RefundSchema). */
export function toRefund(record: RefundRecord): Refund {
  return {
    outRefundNo: record.outRefundNo,
    outTradeNo: record.outTradeNo,
    status: record.status,
    amount: record.amount,
    fee: record.fee,
    createdAt: new Date(record.createdAt).toISOString(),
    ...failureField(record),
  };
}
