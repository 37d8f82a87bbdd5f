import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import type { DayReport } from '../../lib/reports/day-report.ts';

/** The average ticket, and the offline sales that are in no total yet. */
export function ReportFacts({ report }: { report: DayReport }) {
  const t = useT();
  const { count, amount } = report.notYetSettled;
  return (
    <dl className="reports-facts">
      <dt>{t('reports.averageTicket')}</dt>
      <dd>{formatMoney(report.averageTicket)}</dd>
      <dt>{t('reports.notYetSettled')}</dt>
      <dd>
        {t('reports.notYetSettledValue', { count, amount: formatMoney(amount) })}
        <span className="reports-hint">{t('reports.notYetSettledHint')}</span>
      </dd>
    </dl>
  );
}
