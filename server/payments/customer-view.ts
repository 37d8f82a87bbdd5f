import { CONFIRMATION_TIMEOUT_MS } from '../../protocol/payments.ts';
import type { CustomerPayment } from '../../protocol/wallets.ts';
import type { PaymentRecord } from '../store/payments-repo.ts';
import { failureField } from '../http/failure-field.ts';

/** The wire form of a payment as its customer sees it (CustomerPaymentSchema). */
export function toCustomerPayment(record: PaymentRecord, merchantName: string): CustomerPayment {
  return {
    tradeNo: record.tradeNo,
    merchantName,
    provider: record.provider,
    amount: record.amount,
    currency: record.currency,
    status: record.status,
    createdAt: new Date(record.createdAt).toISOString(),
    ...(record.status === 'USERPAYING'
      ? { expiresAt: new Date(record.createdAt + CONFIRMATION_TIMEOUT_MS).toISOString() }
      : {}),
    ...failureField(record),
  };
}
