import { useState, type SubmitEvent } from 'react';
import { parseAmount, type Minor } from '../../../protocol/money.ts';
import { AmountKeypad } from './amount-keypad.tsx';
import { useCheckoutStore } from './checkout-store.ts';

export function AmountForm({ onCharge }: { onCharge: (amount: Minor) => void }) {
  const amountText = useCheckoutStore((state) => state.amountText);
  const setAmountText = useCheckoutStore((state) => state.setAmountText);
  const [error, setError] = useState<string | null>(null);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const parsed = parseAmount(amountText);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    onCharge(parsed.amount);
  }

  return (
    <form className="amount-form" onSubmit={submit} noValidate>
      <label className="amount-label">
        Amount
        <span className="amount-field">
          <span aria-hidden="true">¥</span>
          <input
            value={amountText}
            onChange={(event) => setAmountText(event.target.value)}
            inputMode="decimal"
            autoComplete="off"
            placeholder="0.00"
            aria-invalid={error !== null}
            aria-describedby={error ? 'amount-error' : undefined}
          />
        </span>
      </label>
      {error && (
        <p id="amount-error" className="field-error" role="alert">
          {error}
        </p>
      )}
      <AmountKeypad value={amountText} onChange={setAmountText} />
      <button type="submit" className="primary">
        Charge
      </button>
    </form>
  );
}
