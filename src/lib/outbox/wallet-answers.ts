import type { Payment, PaymentStatus } from '../../../protocol/payments.ts';
import type { PaymentEvent } from '../payment-machine/payment-machine.ts';
import { WalletProblemError, WalletUnreachableError } from '../wallet-client/errors.ts';
import type { EventDetails } from './advance-sale.ts';

export type WalletAnswer = { event: PaymentEvent; details: EventDetails };

const STATUS_EVENTS: Readonly<Record<PaymentStatus, PaymentEvent>> = {
  SUCCESS: 'paid',
  USERPAYING: 'waiting',
  FAILED: 'failed',
  CLOSED: 'closed',
};

export function answerOf(payment: Payment): WalletAnswer {
  return { event: STATUS_EVENTS[payment.status], details: { payment } };
}

/**
 * Sorts a failed call: no usable answer (network, 5xx, 409 IN_PROGRESS, 429) is `lost` and will
 * be retried; a problem+json refusal is final (`rejected`), except a query's 404, which means
 * the wallet never received the payment (`not-found`). Anything else is a bug and is rethrown.
 */
export function failureOf(error: unknown, call: 'send' | 'query' | 'cancel'): WalletAnswer {
  if (error instanceof WalletUnreachableError) {
    return {
      event: 'lost',
      details: {
        error: error.message,
        ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
      },
    };
  }
  if (error instanceof WalletProblemError) {
    if (error.status === 404 && call === 'query') return { event: 'not-found', details: {} };
    // Nothing to cancel: the wallet never received the payment, and the terminal never re-sends
    // a sale once it is cancelling.
    if (error.status === 404 && call === 'cancel') {
      return { event: 'closed', details: { note: 'the wallet never received this payment' } };
    }
    return { event: 'rejected', details: { failure: { code: error.code, message: error.detail } } };
  }
  throw error;
}
