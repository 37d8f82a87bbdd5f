import { ReconciliationPanel } from '../features/reconciliation/reconciliation-panel.tsx';
import { ReportsPage } from '../features/reports/reports-page.tsx';
import { useT } from '../lib/i18n/use-t.ts';
import type { SaleWorker } from '../lib/outbox/sale-worker.ts';

/** The day's figures, and (below them) the reconciliation against the wallet's statement. */
export function ReportsScreen({ worker }: { worker: SaleWorker }) {
  const t = useT();
  return (
    <div className="reports-screen">
      <h1 tabIndex={-1}>{t('nav.reports')}</h1>
      <ReportsPage />
      <ReconciliationPanel worker={worker} />
    </div>
  );
}
