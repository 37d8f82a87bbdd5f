import { useCallback, useRef, useState } from 'react';
import type { Payment } from '../../../protocol/payments.ts';
import type { SaleRow } from '../../lib/db/database.ts';
import { getSale } from '../../lib/db/sales.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import { queryPayment } from '../../lib/wallet-client/payments-api.ts';

export type PaymentQueryState =
  | { phase: 'idle' }
  | { phase: 'querying' }
  /** `sale` is the terminal's row as it was read when the query was made. */
  | { phase: 'answered'; payment: Payment; at: number; sale: SaleRow | undefined; woke: boolean }
  | { phase: 'failed'; error: unknown; woke: boolean };

/**
 * Asks the wallet for a payment as it stands now. A sale still pending on this terminal is woken
 * too, so that the outbox asks the wallet for its outcome at once instead of at its next retry.
 */
export function usePaymentQuery(outTradeNo: string, worker: SaleWorker) {
  const [state, setState] = useState<PaymentQueryState>({ phase: 'idle' });
  const latest = useRef(0);

  const query = useCallback(async () => {
    const run = (latest.current += 1);
    setState({ phase: 'querying' });
    const sale = await getSale(outTradeNo).catch(() => undefined);
    const woke = sale?.pending === 1;
    if (woke) worker.wake();
    let next: PaymentQueryState;
    try {
      const payment = await queryPayment(worker.credentials, outTradeNo);
      next = { phase: 'answered', payment, at: Date.now(), sale, woke };
    } catch (error) {
      next = { phase: 'failed', error, woke };
    }
    if (run === latest.current) setState(next);
  }, [outTradeNo, worker]);

  return { state, query };
}
