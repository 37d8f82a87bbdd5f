import type { RefundFailureCode } from '../../protocol/refunds.ts';

/** The `failure.message` of each refused refund, written for the cashier. */
export const REFUND_FAILURE_MESSAGES: Record<RefundFailureCode, string> = {
  REFUND_EXCEEDS_PAYMENT: 'The refunds would add up to more than the customer paid.',
  PAYMENT_NOT_REFUNDABLE:
    'Only a paid payment can be refunded; this one was not paid or was cancelled.',
};
