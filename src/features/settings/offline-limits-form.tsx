import { useId, useState, type SubmitEvent } from 'react';
import { saveOfflineLimits } from '../../lib/db/offline-limits.ts';
import type { PlainMessageKey } from '../../lib/i18n/catalogue-types.ts';
import { formatDuration } from '../../lib/i18n/format-duration.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import type {
  OfflineLimits,
  OfflineLimitsField,
} from '../../lib/offline-acceptance/offline-limits.ts';
import {
  limitsToText,
  parseLimitsText,
  type LimitsErrors,
  type LimitsText,
} from './limits-form-values.ts';

const FIELDS: ReadonlyArray<{ field: OfflineLimitsField; label: PlainMessageKey }> = [
  { field: 'perSale', label: 'limits.perSale' },
  { field: 'totalPending', label: 'limits.totalPending' },
  { field: 'oldestPendingMs', label: 'limits.oldestPending' },
];

/** The terminal's offline limits; nothing is saved unless every field is right. */
export function OfflineLimitsForm({ saved }: { saved: OfflineLimits }) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState<LimitsText>(() => limitsToText(saved));
  const [errors, setErrors] = useState<LimitsErrors>({});
  const [message, setMessage] = useState('');

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = parseLimitsText(text);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      setMessage(t('limits.fixFields'));
      return;
    }
    try {
      await saveOfflineLimits(parsed.limits);
      setErrors({});
      setText(limitsToText(parsed.limits));
      const { perSale, totalPending, oldestPendingMs } = parsed.limits;
      setMessage(
        t('limits.saved', {
          perSale: formatMoney(perSale),
          totalPending: formatMoney(totalPending),
          duration: formatDuration(oldestPendingMs),
        }),
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      setMessage(t('limits.notSaved', { reason }));
    }
  }

  return (
    <form
      className="card limits-form"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => void submit(event)}
    >
      <h2 id={`${id}-heading`}>{t('limits.title')}</h2>
      <p className="hint">{t('limits.hint')}</p>
      {FIELDS.map(({ field, label }) => {
        const error = errors[field];
        const errorId = `${id}-${field}-error`;
        return (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{t(label)}</label>
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
        {t('limits.save')}
      </button>
      <p role="status" className="settings-message">
        {message}
      </p>
    </form>
  );
}
