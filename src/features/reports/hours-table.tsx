import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import type { HourBucket } from '../../lib/reports/sales-by-hour.ts';

/** The chart's figures as text: every hour with its payments and gross. */
export function HoursTable({ hours }: { hours: readonly HourBucket[] }) {
  const t = useT();
  return (
    <details className="reports-hours">
      <summary>{t('reports.hoursTable')}</summary>
      <div
        className="table-scroll"
        role="region"
        aria-label={t('reports.hoursRegion')}
        tabIndex={0}
      >
        <table className="reports-table">
          <thead>
            <tr>
              <th scope="col">{t('reports.hour')}</th>
              <th scope="col" className="reports-amount">
                {t('reports.count')}
              </th>
              <th scope="col" className="reports-amount">
                {t('reports.gross')}
              </th>
            </tr>
          </thead>
          <tbody>
            {hours.map((hour) => (
              <tr key={hour.hour}>
                <th scope="row">{hour.label}</th>
                <td className="reports-amount">{hour.count}</td>
                <td className="reports-amount">{formatMoney(hour.gross)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
