import type { Refund } from '../../../protocol/refunds.ts';
import type { RefundRow } from '../db/database.ts';
import {
  isPendingRefund,
  refundTransition,
  type RefundEvent,
} from '../payment-machine/refund-machine.ts';
import { advanceRow, type RowEventDetails } from './advance-row.ts';
import type { Advance } from './advance-sale.ts';
import type { OutboxContext } from './outbox-clock.ts';

export type RefundEventDetails = RowEventDetails & { refund?: Refund };

/** The one place a refund changes state (see advanceSale). */
export function advanceRefund(
  row: RefundRow,
  event: RefundEvent,
  details: RefundEventDetails,
  context: OutboxContext,
  keepLease: boolean,
): Advance<RefundRow> {
  const transition = refundTransition(row.state, event);
  if (!transition.ok) {
    return { ok: false, message: `Refund ${row.outRefundNo}: ${transition.message}` };
  }
  const schedule =
    event === 'lost'
      ? { kind: 'lost' as const }
      : event === 'send'
        ? { kind: 'start' as const }
        : { kind: 'answer' as const };
  const failure = details.refund?.failure ?? details.failure;
  const answered = details.refund;
  return {
    ok: true,
    row: advanceRow(
      answered
        ? {
            ...row,
            ...(answered.fee !== undefined ? { fee: answered.fee } : {}),
            refundedAt: answered.createdAt,
          }
        : row,
      transition,
      isPendingRefund(transition.to),
      schedule,
      { ...details, ...(failure ? { failure } : {}) },
      context,
      keepLease,
    ),
  };
}
