import type { CustomerPayment } from '../../../protocol/wallets.ts';
import { useNow } from '../../lib/clock/use-now.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { usePendingPrompts, type Decision } from './use-pending-prompts.ts';
import type { WalletRef } from './use-payment-code.ts';

/** Large payments wait here (USERPAYING) until the customer confirms or rejects them. */
export function PendingPrompts({
  wallet,
  onDecided,
}: {
  wallet: WalletRef;
  onDecided: () => void;
}) {
  const { prompts, message, error, deciding, decide } = usePendingPrompts(wallet, onDecided);
  const now = useNow(1000, prompts.length > 0);

  return (
    <div className="prompts">
      <p role="status" className="prompt-news">
        {message}
      </p>
      {error && <p role="alert">{error}</p>}
      {prompts.length > 0 && (
        <ul className="prompt-list">
          {prompts.map((payment) => (
            <PromptItem
              key={payment.tradeNo}
              payment={payment}
              now={now}
              busy={deciding !== null}
              onDecide={(decision) => void decide(payment, decision)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

function PromptItem({
  payment,
  now,
  busy,
  onDecide,
}: {
  payment: CustomerPayment;
  now: number;
  busy: boolean;
  onDecide: (decision: Decision) => void;
}) {
  const t = useT();
  const amount = formatMoney(payment.amount, { grouping: false });
  const secondsLeft = payment.expiresAt
    ? Math.max(0, Math.ceil((Date.parse(payment.expiresAt) - now) / 1000))
    : null;
  return (
    <li>
      <article className="prompt" aria-label={t('prompt.article', { amount })}>
        <p className="prompt-merchant">{t('prompt.asks', { merchant: payment.merchantName })}</p>
        <p className="prompt-amount">{amount}</p>
        <p className="sim-note">
          {t(`provider.${payment.provider}`)}
          {secondsLeft !== null &&
            ` · ${secondsLeft > 0 ? t('prompt.secondsLeft', { seconds: secondsLeft }) : t('prompt.timeUp')}`}
        </p>
        <div className="prompt-actions">
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => onDecide('confirm')}
          >
            {t('prompt.confirm')}
          </button>
          <button type="button" disabled={busy} onClick={() => onDecide('reject')}>
            {t('prompt.reject')}
          </button>
        </div>
      </article>
    </li>
  );
}
