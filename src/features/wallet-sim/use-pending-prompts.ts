import { useCallback, useEffect, useRef, useState } from 'react';
import type { CustomerPayment } from '../../../protocol/wallets.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { t } from '../../lib/i18n/translate.ts';
import { providerName } from '../../lib/provider-names.ts';
import { WalletProblemError } from '../../lib/wallet-client/errors.ts';
import { decidePending, listPending } from '../../lib/wallet-client/wallets-api.ts';
import { describeWalletError } from './describe-wallet-error.ts';
import { usePageVisible } from '../../lib/page/use-page-visible.ts';
import type { WalletRef } from './use-payment-code.ts';

const POLL_MS = 1500;

export type Decision = 'confirm' | 'reject';

/**
 * Payments waiting for this customer's answer, polled while the page is visible. `message` is
 * for a live region: a new prompt, then the outcome of the customer's answer.
 */
export function usePendingPrompts(wallet: WalletRef, onDecided: () => void) {
  const { walletId, token } = wallet;
  const visible = usePageVisible();
  const [prompts, setPrompts] = useState<CustomerPayment[]>([]);
  const [message, setMessage] = useState('');
  const [pollError, setPollError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deciding, setDeciding] = useState<string | null>(null);
  const announced = useRef(new Set<string>());
  // A poll sent before an answer may still list the answered payment; do not show it again.
  const answered = useRef(new Set<string>());

  useEffect(() => {
    if (!visible) return;
    let cancelled = false;
    let timer = 0;
    async function poll() {
      try {
        const { pending } = await listPending(walletId, token);
        if (cancelled) return;
        const open = pending.filter((p) => !answered.current.has(p.tradeNo));
        const fresh = open.filter((p) => !announced.current.has(p.tradeNo));
        for (const p of fresh) announced.current.add(p.tradeNo);
        setPrompts(open);
        setPollError(null);
        if (fresh.length > 0) setMessage(fresh.map(describeRequest).join(' '));
      } catch (caught) {
        if (cancelled) return;
        // An unreachable wallet is already reported with the balance; keep the list as it was.
        if (caught instanceof WalletProblemError) {
          setPollError(t('prompt.checkFailed', { reason: describeWalletError(caught) }));
        }
      }
      timer = window.setTimeout(() => void poll(), POLL_MS);
    }
    void poll();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [visible, walletId, token]);

  const decide = useCallback(
    async (payment: CustomerPayment, decision: Decision) => {
      setDeciding(payment.tradeNo);
      setError(null);
      try {
        const outcome = await decidePending(walletId, token, payment.tradeNo, decision);
        forget(payment.tradeNo);
        setMessage(describeOutcome(outcome));
        onDecided();
      } catch (caught) {
        // A problem answer (NOT_PENDING, NOT_FOUND) means the payment no longer waits.
        if (caught instanceof WalletProblemError) forget(payment.tradeNo);
        const failed = decision === 'confirm' ? 'prompt.confirmFailed' : 'prompt.rejectFailed';
        setError(t(failed, { amount: money(payment), reason: describeWalletError(caught) }));
      } finally {
        setDeciding(null);
      }
      function forget(tradeNo: string) {
        answered.current.add(tradeNo);
        setPrompts((list) => list.filter((p) => p.tradeNo !== tradeNo));
      }
    },
    [walletId, token, onDecided],
  );

  return { prompts, message, error: error ?? pollError, deciding, decide };
}

const money = (payment: CustomerPayment) => formatMoney(payment.amount, { grouping: false });

function describeRequest(payment: CustomerPayment): string {
  return t('prompt.request', {
    merchant: payment.merchantName,
    amount: money(payment),
    provider: providerName(payment.provider),
  });
}

function describeOutcome(payment: CustomerPayment): string {
  const what = { amount: money(payment), merchant: payment.merchantName };
  if (payment.status === 'SUCCESS') return t('prompt.paid', what);
  if (payment.failure?.code === 'USER_REJECTED') return t('prompt.rejected', what);
  const reason = payment.failure
    ? t('sale.failure', { message: payment.failure.message, code: payment.failure.code })
    : t(`paymentStatus.${payment.status}`);
  return t('prompt.notPaid', { ...what, reason });
}
