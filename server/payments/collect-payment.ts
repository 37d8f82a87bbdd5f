import { feeFor } from '../../protocol/money.ts';
import type { PaymentOutcome, PaymentRecord } from '../store/payments-repo.ts';
import type { Repos } from '../store/store.ts';
import { declined, paid } from './outcomes.ts';

/**
 * Takes the money for a payment that may now be paid: at once for small amounts, or when the
 * customer confirms a USERPAYING one. INSUFFICIENT_FUNDS if the balance is too low.
 */
export async function collect(
  repos: Repos,
  payment: Pick<PaymentRecord, 'amount' | 'feePpm'>,
  walletId: string,
  at: number,
): Promise<PaymentOutcome> {
  if (!(await repos.wallets.debit(walletId, payment.amount))) {
    return declined(walletId, 'INSUFFICIENT_FUNDS', at);
  }
  return paid(walletId, feeFor(payment.amount, payment.feePpm), at);
}
