import { useT } from '../../lib/i18n/use-t.ts';
import { problemsOf } from '../../lib/reconciliation/reconciliation-problems.ts';
import type { ReconcileState } from './use-reconciliation.ts';

/** The panel's one live region: progress, then "Balanced" or how many problems the day has. */
export function ReconciliationStatus({ state }: { state: ReconcileState }) {
  const t = useT();
  const tone =
    state.phase === 'done' ? (state.result.balanced ? 'balanced' : 'unbalanced') : state.phase;
  return (
    <div role="status" className={`reconciliation-status reconciliation-status-${tone}`}>
      {state.phase === 'fetching' && t('reconciliation.fetching', { date: state.date })}
      {state.phase === 'done' && state.result.balanced && (
        <>
          <strong className="reconciliation-balanced">{t('reconciliation.balanced')}</strong>{' '}
          <span>
            {t('reconciliation.balancedDetail', {
              count: state.result.matched.length,
              date: state.result.date,
            })}
          </span>
        </>
      )}
      {state.phase === 'done' &&
        !state.result.balanced &&
        t('reconciliation.unbalanced', {
          count: problemsOf(state.result).length,
          date: state.result.date,
        })}
    </div>
  );
}
