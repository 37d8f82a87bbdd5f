import { CONFIRMATION_TIMEOUT_MS } from '../../protocol/payments.ts';
import type { PaymentRecord } from '../store/payments-repo.ts';
import type { Repos, Store } from '../store/store.ts';
import { declined } from './outcomes.ts';

/**
 * A USERPAYING payment left unconfirmed for 45 s is closed by the wallet (PAYMENT_TIMEOUT), at
 * the moment its time ran out. Every read of a payment goes through here, so the answer never
 * depends on when the sweeper last ran.
 */
export async function applyTimeout(
  repos: Repos,
  payment: PaymentRecord,
  now: number,
): Promise<PaymentRecord> {
  const deadline = payment.createdAt + CONFIRMATION_TIMEOUT_MS;
  if (payment.status !== 'USERPAYING' || now < deadline) return payment;
  const outcome = declined(payment.walletId, 'PAYMENT_TIMEOUT', deadline, 'CLOSED');
  if (!(await repos.payments.transition(payment.tradeNo, 'USERPAYING', outcome))) {
    return (await repos.payments.findByTradeNo(payment.tradeNo)) ?? payment;
  }
  return { ...payment, ...outcome };
}

const SWEEP_BATCH = 200;

/** Closes every overdue USERPAYING payment; the server runs it on a timer. */
export async function closeOverduePayments(store: Store, now: number): Promise<number> {
  return store.transaction(async (repos) => {
    const overdue = await repos.payments.listAwaitingSince(
      now - CONFIRMATION_TIMEOUT_MS,
      SWEEP_BATCH,
    );
    for (const payment of overdue) await applyTimeout(repos, payment, now);
    return overdue.length;
  });
}
