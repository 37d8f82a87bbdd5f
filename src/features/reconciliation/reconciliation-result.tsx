import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import type { Reconciliation } from '../../lib/reconciliation/match-settlement.ts';
import { problemsOf, type Problem } from '../../lib/reconciliation/reconciliation-problems.ts';
import { settlementTotals } from '../../lib/reconciliation/settlement-totals.ts';
import { exportProblems } from './export-problems.ts';
import { MatchedGroup } from './matched-group.tsx';
import { ProblemGroup } from './problem-group.tsx';
import { TotalsTable } from './totals-table.tsx';

/** The four groups of a reconciled day, problems first, and both sides' totals. */
export function ReconciliationResult({
  result,
  worker,
}: {
  result: Reconciliation;
  worker: SaleWorker;
}) {
  const t = useT();
  const problems = problemsOf(result);
  const ofKind = (kind: Problem['kind']) => problems.filter((problem) => problem.kind === kind);
  return (
    <div className="reconciliation-result">
      <TotalsTable result={result} />
      {problems.length > 0 && (
        <button
          type="button"
          className="reconciliation-export-all"
          onClick={() => exportProblems(result.date, problems)}
        >
          {t('reconciliation.exportAll')}
        </button>
      )}
      <ProblemGroup
        title={t('reconciliation.groupMissingOnTerminal', {
          count: result.missingOnTerminal.length,
        })}
        hint={t('reconciliation.hintMissingOnTerminal')}
        date={result.date}
        problems={ofKind('missingOnTerminal')}
        worker={worker}
      />
      <ProblemGroup
        title={t('reconciliation.groupMissingAtWallet', { count: result.missingAtWallet.length })}
        hint={t('reconciliation.hintMissingAtWallet')}
        date={result.date}
        problems={ofKind('missingAtWallet')}
        worker={worker}
      />
      <ProblemGroup
        title={t('reconciliation.groupMismatched', { count: result.mismatched.length })}
        hint={t('reconciliation.hintMismatched')}
        date={result.date}
        problems={ofKind('mismatched')}
        worker={worker}
      />
      <MatchedGroup matched={result.matched} />
      {result.otherTerminals.length > 0 && (
        <p className="reconciliation-note">
          {t('reconciliation.otherTerminals', {
            count: result.otherTerminals.length,
            amount: formatMoney(settlementTotals(result.otherTerminals).gross),
          })}
        </p>
      )}
    </div>
  );
}
