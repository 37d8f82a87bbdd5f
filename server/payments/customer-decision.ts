import { ApiProblem } from '../http/problem.ts';
import type { PaymentRecord } from '../store/payments-repo.ts';
import type { Repos } from '../store/store.ts';
import { collect } from './collect-payment.ts';
import { paymentEntry } from './ledger-entries.ts';
import { declined } from './outcomes.ts';
import { applyTimeout } from './timeout.ts';

export type Decision = 'confirm' | 'reject';

/**
 * The customer answers a USERPAYING payment on their phone. Confirming takes the money now
 * (or fails INSUFFICIENT_FUNDS); rejecting fails it USER_REJECTED. A payment that no longer
 * waits (paid, closed after 45 s, cancelled by the cashier) answers 422 NOT_PENDING.
 */
export async function decide(
  repos: Repos,
  walletId: string,
  tradeNo: string,
  decision: Decision,
  at: number,
): Promise<PaymentRecord> {
  const locked = await repos.payments.lockByTradeNo(tradeNo);
  if (locked?.walletId !== walletId) {
    throw new ApiProblem('NOT_FOUND', `This wallet has no payment ${tradeNo}.`);
  }
  const payment = await applyTimeout(repos, locked, at);
  if (payment.status !== 'USERPAYING') {
    throw new ApiProblem(
      'NOT_PENDING',
      `Payment ${tradeNo} no longer awaits confirmation: it is ${payment.status}${payment.failureCode ? ` (${payment.failureCode})` : ''}.`,
    );
  }
  const outcome =
    decision === 'confirm'
      ? await collect(repos, payment, walletId, at)
      : declined(walletId, 'USER_REJECTED', at);
  if (!(await repos.payments.transition(tradeNo, 'USERPAYING', outcome))) {
    throw new Error(`Payment ${tradeNo} changed under its lock`);
  }
  const decided = { ...payment, ...outcome };
  if (decided.status === 'SUCCESS') await repos.ledger.insert(paymentEntry(decided, at));
  return decided;
}
