import { ReportsPage } from '../features/reports/reports-page.tsx';
import { useT } from '../lib/i18n/use-t.ts';

/** The day's figures, and (below them) the reconciliation against the wallet's statement. */
export function ReportsScreen() {
  const t = useT();
  return (
    <div className="reports-screen">
      <h1 tabIndex={-1}>{t('nav.reports')}</h1>
      <ReportsPage />
    </div>
  );
}
