import { CANCEL_WINDOW_MS } from '../../../protocol/payments.ts';
import type { RefundRow, SaleRow } from '../../lib/db/database.ts';
import { isPendingRefund } from '../../lib/payment-machine/refund-machine.ts';

export type CancelEligibility =
  | { ok: true }
  | { ok: false; reason: 'not-paid' | 'window-closed' | 'refund-pending' | 'nothing-left' };

/**
 * Whether the cashier may cancel the sale: paid (online, or forwarded after going offline),
 * within 24 h of its start (the wallet counts from its own creation, a little later, so the
 * terminal never offers a cancel the wallet would refuse), with no refund on its way and
 * something left to give back.
 */
export function cancelEligibility(
  sale: SaleRow,
  refunds: readonly RefundRow[],
  now: number,
): CancelEligibility {
  if (sale.state !== 'paid' && sale.state !== 'forwarded') return { ok: false, reason: 'not-paid' };
  if (now - Date.parse(sale.createdAt) > CANCEL_WINDOW_MS) {
    return { ok: false, reason: 'window-closed' };
  }
  if (refunds.some((refund) => isPendingRefund(refund.state))) {
    return { ok: false, reason: 'refund-pending' };
  }
  const refunded = refunds
    .filter((refund) => refund.state === 'refunded')
    .reduce((sum, refund) => sum + refund.amount, 0);
  if (refunded >= sale.amount) return { ok: false, reason: 'nothing-left' };
  return { ok: true };
}
