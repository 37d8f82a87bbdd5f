import type { DayReport } from '../../lib/reports/day-report.ts';
import type { ReportTotals } from '../../lib/reports/report-totals.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import { providerName } from '../../lib/provider-names.ts';

const MONEY_COLUMNS = ['gross', 'refunds', 'fees', 'net'] as const;

function TotalsCells({ totals }: { totals: ReportTotals }) {
  return (
    <>
      {MONEY_COLUMNS.map((column) => (
        <td key={column} className="reports-amount">
          {formatMoney(totals[column])}
        </td>
      ))}
      <td className="reports-amount">{totals.count}</td>
    </>
  );
}

/** Gross, refunds, fees, net and count for each provider of the day, and for all of them. */
export function ProviderTotalsTable({ report }: { report: DayReport }) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className="table-scroll" role="region" aria-label={t('reports.totalsRegion')} tabIndex={0}>
      <table className="reports-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.provider')}</th>
            <th scope="col" className="reports-amount">
              {t('reports.gross')}
            </th>
            <th scope="col" className="reports-amount">
              {t('reports.refunds')}
            </th>
            <th scope="col" className="reports-amount">
              {t('reports.fees')}
            </th>
            <th scope="col" className="reports-amount">
              {t('reports.net')}
            </th>
            <th scope="col" className="reports-amount">
              {t('reports.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {report.providers.map((totals) => (
            <tr key={totals.provider}>
              <th scope="row">{providerName(totals.provider, language)}</th>
              <TotalsCells totals={totals} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('reports.allProviders')}</th>
            <TotalsCells totals={report.overall} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
