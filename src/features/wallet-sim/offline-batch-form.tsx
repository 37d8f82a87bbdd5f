import { useId, useState, type SubmitEvent } from 'react';
import { formatAmount } from '../../../protocol/money.ts';
import { parseAmountInput } from '../../lib/i18n/parse-amount-input.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { DEFAULT_OFFLINE_CAP, OFFLINE_BATCH_SIZE } from './offline-code-batch.ts';

/** Asks the wallet for a fresh batch, each code good for at most the cap the customer picks. */
export function OfflineBatchForm({
  fetching,
  onFetch,
}: {
  fetching: boolean;
  onFetch: (cap: number) => void;
}) {
  const t = useT();
  const capId = useId();
  const errorId = useId();
  const [capText, setCapText] = useState(formatAmount(DEFAULT_OFFLINE_CAP));
  const [error, setError] = useState<string | null>(null);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const cap = parseAmountInput(capText);
    if (!cap.ok) return setError(t('wallet.capError', { error: cap.error }));
    setError(null);
    onFetch(cap.amount);
  }

  return (
    <form className="offline-batch" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={capId}>{t('wallet.capPerCode')}</label>
        <input
          id={capId}
          value={capText}
          onChange={(event) => setCapText(event.target.value)}
          inputMode="decimal"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
        />
      </div>
      <button type="submit" disabled={fetching}>
        {t('wallet.getCodes')}
      </button>
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
      <p className="sim-note">{t('wallet.batchNote', { count: OFFLINE_BATCH_SIZE })}</p>
    </form>
  );
}
