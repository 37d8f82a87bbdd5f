import { useState, type SubmitEvent } from 'react';
import type { Minor } from '../../../protocol/money.ts';
import { parseAmountInput } from '../../lib/i18n/parse-amount-input.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { AmountKeypad } from './amount-keypad.tsx';
import { useCheckoutStore } from './checkout-store.ts';

export function AmountForm({ onCharge }: { onCharge: (amount: Minor) => void }) {
  const t = useT();
  const amountText = useCheckoutStore((state) => state.amountText);
  const setAmountText = useCheckoutStore((state) => state.setAmountText);
  const [error, setError] = useState<string | null>(null);

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const parsed = parseAmountInput(amountText);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    onCharge(parsed.amount);
  }

  return (
    <form className="amount-form" onSubmit={submit} noValidate>
      <label className="amount-label">
        {t('checkout.amount')}
        <span className="amount-field">
          <span aria-hidden="true">¥</span>
          <input
            name="amount"
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
        {t('checkout.charge')}
      </button>
    </form>
  );
}
