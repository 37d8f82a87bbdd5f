import { maskPaymentCode } from '../../../protocol/payment-code.ts';
import type { Payment } from '../../../protocol/payments.ts';
import { dropUnkeyedHash, type SaleRow } from '../db/database.ts';
import {
  isPendingPayment,
  paymentTransition,
  type PaymentEvent,
} from '../payment-machine/payment-machine.ts';
import { advanceRow, type RowEventDetails, type Schedule } from './advance-row.ts';
import type { OutboxContext } from './outbox-clock.ts';

/** How often a sale waiting for the customer (USERPAYING) is queried. */
export const USERPAYING_POLL_MS = 3_000;

/** What came with an event on a sale: the wallet's payment, if it sent one. */
export type EventDetails = RowEventDetails & { payment?: Payment };

export type Advance<R> = { ok: true; row: R } | { ok: false; message: string };

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
): Advance<SaleRow> {
  const transition = paymentTransition(row.state, event);
  if (!transition.ok)
    return { ok: false, message: `Sale ${row.outTradeNo}: ${transition.message}` };
  const pending = isPendingPayment(transition.to);
  const next = advanceRow(
    { ...row, ...paymentData(details.payment) },
    transition,
    pending,
    scheduleOf(event),
    details,
    context,
    keepLease,
  );
  if (pending) return { ok: true, row: next };
  return {
    ok: true,
    row: { ...next, authCode: maskPaymentCode(row.authCode), ...dropUnkeyedHash(row) },
  };
}

function scheduleOf(event: PaymentEvent): Schedule {
  if (event === 'lost') return { kind: 'lost' };
  if (event === 'waiting') return { kind: 'poll', afterMs: USERPAYING_POLL_MS };
  if (event === 'send' || event === 'forward' || event === 'cancel') return { kind: 'start' };
  return { kind: 'answer' };
}

function paymentData(payment: Payment | undefined): Partial<SaleRow> {
  if (!payment) return {};
  return {
    tradeNo: payment.tradeNo,
    fee: payment.fee,
    refundedAmount: payment.refundedAmount,
    ...(payment.paidAt ? { paidAt: payment.paidAt } : {}),
    ...(payment.closedAt ? { closedAt: payment.closedAt } : {}),
    ...(payment.failure ? { failure: payment.failure } : {}),
  };
}
