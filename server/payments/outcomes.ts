import type { PaymentFailureCode } from '../../protocol/payments.ts';
import type { PaymentOutcome } from '../store/payments-repo.ts';
import { FAILURE_MESSAGES } from './failure-messages.ts';

export function declined(
  walletId: string | null,
  code: PaymentFailureCode,
  at: number,
  status: 'FAILED' | 'CLOSED' = 'FAILED',
): PaymentOutcome {
  return {
    walletId,
    status,
    fee: 0,
    paidAt: null,
    closedAt: status === 'CLOSED' ? at : null,
    failureCode: code,
    failureMessage: FAILURE_MESSAGES[code],
  };
}

export function paid(walletId: string, fee: number, at: number): PaymentOutcome {
  return {
    walletId,
    status: 'SUCCESS',
    fee,
    paidAt: at,
    closedAt: null,
    failureCode: null,
    failureMessage: null,
  };
}
