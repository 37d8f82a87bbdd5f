import { useId, useState, type SubmitEvent } from 'react';
import { PROVIDERS } from '../../../protocol/payment-code.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { JOURNAL_KINDS, JOURNAL_STATUSES } from '../../lib/journal/journal-entry.ts';
import { EMPTY_FILTER_FORM, filterOfForm, type FilterForm } from './filter-form.ts';

/**
 * The journal's filters: applied on submit, so typing does not refilter 50,000 rows per key.
 * The form starts from the applied filters; what is typed and not applied stays here.
 */
export function FilterPanel({
  applied,
  onApply,
}: {
  applied: FilterForm;
  onApply: (form: FilterForm) => void;
}) {
  const t = useT();
  const id = useId();
  const [form, setForm] = useState(applied);
  const [error, setError] = useState<string | null>(null);
  const field = (name: keyof FilterForm) => ({
    name,
    value: form[name],
    onChange: (event: { target: { value: string } }) =>
      setForm({ ...form, [name]: event.target.value }),
  });

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const result = filterOfForm(form, t);
    if (!result.ok) return setError(result.error);
    setError(null);
    onApply(form);
  }

  return (
    <form className="card history-filters" onSubmit={submit} noValidate aria-labelledby={id}>
      <h2 id={id}>{t('history.filters')}</h2>
      <div className="filter-grid">
        <label>
          {t('history.from')}
          <input type="date" {...field('from')} />
        </label>
        <label>
          {t('history.to')}
          <input type="date" {...field('to')} />
        </label>
        <label>
          {t('history.status')}
          <select {...field('status')}>
            <option value="">{t('history.any')}</option>
            {JOURNAL_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.kind')}
          <select {...field('kind')}>
            <option value="">{t('history.any')}</option>
            {JOURNAL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.provider')}
          <select {...field('provider')}>
            <option value="">{t('history.any')}</option>
            {PROVIDERS.map((provider) => (
              <option key={provider} value={provider}>
                {t(`provider.${provider}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history.minAmount')}
          <input inputMode="decimal" autoComplete="off" {...field('minAmount')} />
        </label>
        <label>
          {t('history.maxAmount')}
          <input inputMode="decimal" autoComplete="off" {...field('maxAmount')} />
        </label>
        <label className="filter-search">
          {t('history.search')}
          <input
            type="search"
            autoComplete="off"
            placeholder={t('history.searchHint')}
            aria-invalid={error !== null}
            {...field('search')}
          />
        </label>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="filter-actions">
        <button type="submit" className="primary">
          {t('history.apply')}
        </button>
        <button
          type="button"
          onClick={() => {
            setError(null);
            setForm(EMPTY_FILTER_FORM);
            onApply(EMPTY_FILTER_FORM);
          }}
        >
          {t('history.clear')}
        </button>
      </div>
    </form>
  );
}
