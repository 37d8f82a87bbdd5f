import { useId, useState, type SubmitEvent } from 'react';
import type { Minor } from '../../../protocol/money.ts';
import { formatAmount } from '../../../protocol/money.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { parseAmountInput } from '../../lib/i18n/parse-amount-input.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { requestRefund } from '../../lib/outbox/request-refund.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';

const MAX_REASON = 256;

/** A full or partial refund, queued in the outbox with its own outRefundNo. */
export function RefundForm({
  outTradeNo,
  refundable,
  worker,
  onMessage,
}: {
  outTradeNo: string;
  refundable: Minor;
  worker: SaleWorker;
  onMessage: (message: string) => void;
}) {
  const t = useT();
  const id = useId();
  const [amountText, setAmountText] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const parsed = parseAmountInput(amountText);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    if (!parsed.ok) return setError(parsed.error);
    if (reason.length > MAX_REASON) return setError(t('history.reasonTooLong'));
    setBusy(true);
    try {
      const result = await requestRefund(
        outTradeNo,
        parsed.amount,
        reason.trim() || undefined,
        worker,
      );
      if (!result.ok) return setError(result.message);
      setError(null);
      setAmountText('');
      setReason('');
      onMessage(
        t('history.refundQueued', {
          outRefundNo: result.refund.outRefundNo,
          amount: formatMoney(result.refund.amount),
        }),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card refund-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby={id}
    >
      <h3 id={id}>{t('history.refund')}</h3>
      <label>
        {t('history.refundAmount')}
        <input
          name="refundAmount"
          inputMode="decimal"
          autoComplete="off"
          value={amountText}
          onChange={(event) => setAmountText(event.target.value)}
          aria-invalid={error !== null}
        />
      </label>
      <button type="button" onClick={() => setAmountText(formatAmount(refundable))}>
        {t('history.refundAll', { amount: formatMoney(refundable) })}
      </button>
      <label>
        {t('history.refundReason')}
        <input
          name="refundReason"
          autoComplete="off"
          maxLength={MAX_REASON}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('history.refundSubmit', {
          amount: parsed.ok ? formatMoney(parsed.amount) : '',
        })}
      </button>
    </form>
  );
}
