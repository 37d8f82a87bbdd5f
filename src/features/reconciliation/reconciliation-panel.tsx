import { useId, useState, type SubmitEvent } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import {
  checkStatementDate,
  utcToday,
  type DateRefusal,
} from '../../lib/reconciliation/utc-day.ts';
import { describeDateRefusal, describeError } from './describe-error.ts';
import { ReconciliationResult } from './reconciliation-result.tsx';
import { ReconciliationStatus } from './reconciliation-status.tsx';
import { useReconciliation } from './use-reconciliation.ts';
import './reconciliation.css';

/**
 * Reconciles a day: the wallet's settlement statement against this terminal's journal. Owns the
 * screen's one role="status" element; failures are role="alert".
 */
export function ReconciliationPanel({ worker }: { worker: SaleWorker }) {
  const t = useT();
  const ids = useId();
  const [text, setText] = useState(() => utcToday());
  const [refusal, setRefusal] = useState<{ reason: DateRefusal; text: string } | null>(null);
  const { state, reconcile } = useReconciliation(worker.credentials);
  const today = utcToday();

  function submit(event: SubmitEvent) {
    event.preventDefault();
    const checked = checkStatementDate(text, Date.now());
    if (!checked.ok) {
      setRefusal({ reason: checked.reason, text });
      return;
    }
    setRefusal(null);
    void reconcile(checked.date);
  }

  const hintId = `${ids}-hint`;
  const errorId = `${ids}-error`;
  return (
    <section className="card reconciliation" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>{t('reconciliation.title')}</h2>
      <p className="reconciliation-note">{t('reconciliation.intro')}</p>
      <form className="reconciliation-form" onSubmit={submit} noValidate>
        <label className="reconciliation-date">
          <span>{t('reconciliation.date')}</span>
          <input
            type="date"
            value={text}
            max={today}
            onChange={(event) => setText(event.target.value)}
            aria-invalid={refusal !== null}
            aria-describedby={refusal ? `${hintId} ${errorId}` : hintId}
          />
        </label>
        <button type="submit" className="primary">
          {t('reconciliation.reconcile')}
        </button>
        <p id={hintId} className="reconciliation-note reconciliation-form-hint">
          {t('reconciliation.dateHint', { today })}
        </p>
        {refusal && (
          <p id={errorId} role="alert" className="field-error reconciliation-form-hint">
            {describeDateRefusal(refusal.reason, refusal.text.trim(), today, t)}
          </p>
        )}
      </form>
      <ReconciliationStatus state={state} />
      {state.phase === 'failed' && (
        <p role="alert" className="reconciliation-error">
          {describeError(state.error, t)}
        </p>
      )}
      {state.phase === 'done' && <ReconciliationResult result={state.result} worker={worker} />}
    </section>
  );
}
