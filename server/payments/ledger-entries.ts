import type { LedgerEntry } from '../store/ledger-repo.ts';
import type { PaymentRecord } from '../store/payments-repo.ts';

/** The money a paid payment brought the merchant. */
export function paymentEntry(payment: PaymentRecord, at: number): LedgerEntry {
  return {
    id: `P:${payment.tradeNo}`,
    merchantId: payment.merchantId,
    type: 'PAYMENT',
    tradeNo: payment.tradeNo,
    outTradeNo: payment.outTradeNo,
    outRefundNo: null,
    provider: payment.provider,
    amount: payment.amount,
    fee: payment.fee,
    at,
  };
}

/** Money going back to the customer: a refund, or the rest of a cancelled payment. */
export function returnEntry(
  payment: PaymentRecord,
  back: { type: 'REFUND'; outRefundNo: string } | { type: 'CANCEL' },
  amount: number,
  fee: number,
  at: number,
): LedgerEntry {
  const outRefundNo = back.type === 'REFUND' ? back.outRefundNo : null;
  return {
    id:
      back.type === 'REFUND'
        ? `R:${payment.merchantId}:${back.outRefundNo}`
        : `C:${payment.tradeNo}`,
    merchantId: payment.merchantId,
    type: back.type,
    tradeNo: payment.tradeNo,
    outTradeNo: payment.outTradeNo,
    outRefundNo,
    provider: payment.provider,
    amount,
    fee,
    at,
  };
}
