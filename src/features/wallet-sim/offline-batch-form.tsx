import { useId, useState, type SubmitEvent } from 'react';
import { formatAmount, parseAmount } from '../../../protocol/money.ts';
import { DEFAULT_OFFLINE_CAP, OFFLINE_BATCH_SIZE } from './offline-code-batch.ts';

/** Asks the wallet for a fresh batch, each code good for at most the cap the customer picks. */
export function OfflineBatchForm({
  fetching,
  onFetch,
}: {
  fetching: boolean;
  onFetch: (cap: number) => void;
}) {
  const capId = useId();
  const errorId = useId();
  const [capText, setCapText] = useState(formatAmount(DEFAULT_OFFLINE_CAP));
  const [error, setError] = useState<string | null>(null);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const cap = parseAmount(capText);
    if (!cap.ok) return setError(`Cap per code: ${cap.error}`);
    setError(null);
    onFetch(cap.amount);
  }

  return (
    <form className="offline-batch" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={capId}>Cap per code</label>
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
        Get new offline codes
      </button>
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
      <p className="sim-note">
        Replaces the codes on this phone with {OFFLINE_BATCH_SIZE} new ones. Needs the network.
      </p>
    </form>
  );
}
