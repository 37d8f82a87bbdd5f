import { CANCEL_WINDOW_MS } from '../../protocol/payments.ts';
import { ApiProblem } from '../http/problem.ts';
import type { PaymentRecord } from '../store/payments-repo.ts';
import type { Repos } from '../store/store.ts';
import { returnEntry } from './ledger-entries.ts';
import { applyTimeout } from './timeout.ts';

/**
 * The cancel ("reverse") call: USERPAYING and SUCCESS become CLOSED, and money that moved goes
 * back in full. FAILED and CLOSED payments are answered as they are, so a repeated cancel is
 * harmless. Only within 24 h of creation; after that a paid payment must be refunded.
 */
export async function cancelPayment(
  repos: Repos,
  locked: PaymentRecord,
  at: number,
): Promise<PaymentRecord> {
  const payment = await applyTimeout(repos, locked, at);
  if (payment.status === 'FAILED' || payment.status === 'CLOSED') return payment;
  if (at - payment.createdAt > CANCEL_WINDOW_MS) {
    throw new ApiProblem(
      'CANCEL_WINDOW_CLOSED',
      `Payment ${payment.outTradeNo} was made more than 24 hours ago and can no longer be cancelled; refund it instead.`,
    );
  }
  if (payment.status === 'USERPAYING') {
    const closed = {
      ...payment,
      status: 'CLOSED' as const,
      closedAt: at,
      failureCode: null,
      failureMessage: null,
    };
    if (!(await repos.payments.transition(payment.tradeNo, 'USERPAYING', closed))) {
      throw new Error(`Payment ${payment.tradeNo} changed under its lock`);
    }
    return closed;
  }
  const amountBack = payment.amount - payment.refundedAmount;
  const feeBack = payment.fee - payment.refundedFee;
  if (!(await repos.payments.closeRefunded(payment.tradeNo, at))) {
    throw new Error(`Payment ${payment.tradeNo} changed under its lock`);
  }
  if (amountBack > 0) {
    if (payment.walletId === null) throw new Error(`Paid payment ${payment.tradeNo} has no wallet`);
    await repos.wallets.credit(payment.walletId, amountBack);
    await repos.ledger.insert(returnEntry(payment, { type: 'CANCEL' }, amountBack, feeBack, at));
  }
  return {
    ...payment,
    status: 'CLOSED',
    closedAt: at,
    refundedAmount: payment.amount,
    refundedFee: payment.fee,
  };
}
