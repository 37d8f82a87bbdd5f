import { maskPaymentCode } from '../../../protocol/payment-code.ts';
import type { Payment } from '../../../protocol/payments.ts';
import type { Failure, SaleRow } from '../db/database.ts';
import {
  isPendingPayment,
  paymentTransition,
  type PaymentEvent,
} from '../payment-machine/payment-machine.ts';
import { nextAttemptAt } from './backoff.ts';
import { withLease, withoutLease } from './lease.ts';
import type { OutboxContext } from './outbox-clock.ts';

/** How often a sale waiting for the customer (USERPAYING) is queried. */
export const USERPAYING_POLL_MS = 3_000;

/** What came with an event: the wallet's payment, its refusal, or why no answer came. */
export type EventDetails = {
  payment?: Payment;
  failure?: Failure;
  retryAfterMs?: number;
  error?: string;
  note?: string;
};

export type Advance = { ok: true; row: SaleRow } | { ok: false; message: string };

/**
 * The one place a sale changes state: the machine decides whether the event is allowed, and
 * this fills in what follows from it (the wallet's data, the next attempt, the lease, masking).
 */
export function advanceSale(
  row: SaleRow,
  event: PaymentEvent,
  details: EventDetails,
  context: OutboxContext,
  keepLease: boolean,
): Advance {
  const transition = paymentTransition(row.state, event);
  if (!transition.ok)
    return { ok: false, message: `Sale ${row.outTradeNo}: ${transition.message}` };
  const now = context.now();
  const at = new Date(now).toISOString();
  const pending = isPendingPayment(transition.to);
  let next: SaleRow = {
    ...row,
    ...paymentData(details.payment),
    state: transition.to,
    pending: pending ? 1 : 0,
    updatedAt: at,
    history:
      transition.to === row.state && details.note === undefined
        ? row.history
        : [
            ...row.history,
            { state: transition.to, at, ...(details.note ? { note: details.note } : {}) },
          ],
    ...scheduleAfter(row, event, details, context),
  };
  if (details.failure) next.failure = details.failure;
  if (!pending) next = { ...withoutLease(next), authCode: maskPaymentCode(row.authCode) };
  else next = keepLease ? withLease(next, context.owner, now) : withoutLease(next);
  return { ok: true, row: next };
}

function paymentData(payment: Payment | undefined): Partial<SaleRow> {
  if (!payment) return {};
  return {
    tradeNo: payment.tradeNo,
    fee: payment.fee,
    refundedAmount: payment.refundedAmount,
    ...(payment.paidAt ? { paidAt: payment.paidAt } : {}),
    ...(payment.failure ? { failure: payment.failure } : {}),
  };
}

function scheduleAfter(
  row: SaleRow,
  event: PaymentEvent,
  details: EventDetails,
  context: OutboxContext,
): Pick<SaleRow, 'attempts' | 'nextAttemptAt' | 'lastError'> {
  const now = context.now();
  if (event === 'lost') {
    return {
      attempts: row.attempts + 1,
      nextAttemptAt: nextAttemptAt(
        now,
        row.attempts,
        details.retryAfterMs,
        undefined,
        context.random,
      ),
      lastError: details.error,
    };
  }
  if (event === 'waiting')
    return { attempts: 0, nextAttemptAt: now + USERPAYING_POLL_MS, lastError: undefined };
  // Sending, forwarding and cancelling are attempts of their own; every answer starts afresh.
  const attempts = event === 'send' || event === 'forward' || event === 'cancel' ? row.attempts : 0;
  return { attempts, nextAttemptAt: now, lastError: attempts === 0 ? undefined : row.lastError };
}
