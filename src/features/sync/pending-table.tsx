import type { SaleRow } from '../../lib/db/database.ts';
import { maskedSaleCode } from '../../lib/csv/sales-csv.ts';
import { formatTime } from '../../lib/i18n/format-date.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { stateLabel } from './sale-labels.ts';

/** More rows than a cashier reads on a screen; the CSV export has them all. */
const SHOWN_ROWS = 200;

const COLUMNS = [
  'pending.outTradeNo',
  'pending.state',
  'pending.amount',
  'pending.mode',
  'pending.code',
  'pending.attempts',
  'pending.lastError',
  'pending.nextAttempt',
] as const;

export function PendingTable({
  rows,
  refundsWaiting,
}: {
  rows: readonly SaleRow[];
  /** Refunds listed beside the table: with any, "nothing waiting" would not be true. */
  refundsWaiting: number;
}) {
  const t = useT();
  if (rows.length === 0) return refundsWaiting === 0 ? <p>{t('sync.nothingWaiting')}</p> : null;
  return (
    <>
      <div className="table-scroll" role="region" aria-label={t('pending.region')} tabIndex={0}>
        <table className="sale-table">
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th scope="col" key={column}>
                  {t(column)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.outTradeNo}>
                <td className="mono">{row.outTradeNo}</td>
                <td>{stateLabel(row.state, t)}</td>
                <td className="amount">{formatMoney(row.amount)}</td>
                <td>{t(`mode.${row.mode}`)}</td>
                <td className="mono">{maskedSaleCode(row)}</td>
                <td className="amount">{row.attempts}</td>
                <td className="last-error">{row.lastError ?? ''}</td>
                <td>{formatTime(row.nextAttemptAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN_ROWS && (
        <p>{t('pending.truncated', { shown: SHOWN_ROWS, total: rows.length })}</p>
      )}
    </>
  );
}
