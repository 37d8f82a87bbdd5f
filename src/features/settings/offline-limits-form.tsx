import { useId, useState, type SubmitEvent } from 'react';
import { saveOfflineLimits } from '../../lib/db/offline-limits.ts';
import {
  formatDuration,
  formatYuan,
  type OfflineLimits,
  type OfflineLimitsField,
} from '../../lib/offline-acceptance/offline-limits.ts';
import {
  limitsToText,
  parseLimitsText,
  type LimitsErrors,
  type LimitsText,
} from './limits-form-values.ts';

const FIELDS: ReadonlyArray<{ field: OfflineLimitsField; label: string; unit: string }> = [
  { field: 'perSale', label: 'Offline limit per sale', unit: '¥' },
  { field: 'totalPending', label: 'Offline limit for all pending sales', unit: '¥' },
  { field: 'oldestPendingMs', label: 'Oldest pending sale, at most', unit: 'hours' },
];

/** The terminal's offline limits; nothing is saved unless every field is right. */
export function OfflineLimitsForm({ saved }: { saved: OfflineLimits }) {
  const id = useId();
  const [text, setText] = useState<LimitsText>(() => limitsToText(saved));
  const [errors, setErrors] = useState<LimitsErrors>({});
  const [message, setMessage] = useState('');

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseLimitsText(text);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setMessage('Nothing was saved: correct the marked fields.');
      return;
    }
    try {
      await saveOfflineLimits(parsed.limits);
      setErrors({});
      setText(limitsToText(parsed.limits));
      const { perSale, totalPending, oldestPendingMs } = parsed.limits;
      setMessage(
        `Saved: ${formatYuan(perSale)} per offline sale, ${formatYuan(totalPending)} for all pending offline sales, and no new offline sale once the oldest has waited ${formatDuration(oldestPendingMs)}.`,
      );
    } catch (error) {
      setMessage(`Nothing was saved: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  return (
    <form
      className="card limits-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={`${id}-heading`}>Offline limits</h2>
      <p className="hint">
        Sales taken offline are the shop&apos;s risk until the wallet confirms them.
      </p>
      {FIELDS.map(({ field, label, unit }) => {
        const error = errors[field];
        const errorId = `${id}-${field}-error`;
        return (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>
              {label} ({unit})
            </label>
            <input
              id={`${id}-${field}`}
              inputMode="decimal"
              autoComplete="off"
              value={text[field]}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
              onChange={(event) => setText({ ...text, [field]: event.target.value })}
            />
            {error && (
              <p id={errorId} className="field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
      <button type="submit" className="primary">
        Save limits
      </button>
      <p role="status" className="settings-message">
        {message}
      </p>
    </form>
  );
}
