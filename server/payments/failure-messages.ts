import type { PaymentFailureCode } from '../../protocol/payments.ts';

/** The human-readable `failure.message` for each decline, written for the cashier. */
export const FAILURE_MESSAGES: Record<PaymentFailureCode, string> = {
  INSUFFICIENT_FUNDS: 'The customer’s balance is too low for this payment.',
  CODE_EXPIRED: 'The payment code has expired. Ask the customer to refresh it.',
  CODE_USED: 'The payment code was already used. Ask the customer for a new one.',
  CODE_INVALID: 'The wallet does not know this payment code.',
  USER_REJECTED: 'The customer declined the payment.',
  PAYMENT_TIMEOUT: 'The customer did not confirm the payment in time.',
  LIMIT_EXCEEDED: 'The payment is over the customer’s limit.',
  OFFLINE_CODE_INVALID: 'The offline payment code is not valid for this sale.',
};
