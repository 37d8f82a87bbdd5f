import type { SaleRow } from '../../lib/db/database.ts';
import { maskedSaleCode } from '../../lib/csv/sales-csv.ts';
import { formatYuan } from '../../lib/offline-acceptance/offline-limits.ts';
import { stateLabel, timeOfDay } from './sale-labels.ts';

/** More rows than a cashier reads on a screen; the CSV export has them all. */
const SHOWN_ROWS = 200;

export function PendingTable({ rows }: { rows: readonly SaleRow[] }) {
  if (rows.length === 0) return <p>Nothing is waiting to be sent.</p>;
  return (
    <>
      <div className="table-scroll" role="region" aria-label="Pending sales" tabIndex={0}>
        <table className="sale-table">
          <thead>
            <tr>
              <th scope="col">Out trade no</th>
              <th scope="col">State</th>
              <th scope="col">Amount</th>
              <th scope="col">Mode</th>
              <th scope="col">Code</th>
              <th scope="col">Attempts</th>
              <th scope="col">Last error</th>
              <th scope="col">Next attempt</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, SHOWN_ROWS).map((row) => (
              <tr key={row.outTradeNo}>
                <td className="mono">{row.outTradeNo}</td>
                <td>{stateLabel(row.state)}</td>
                <td className="amount">{formatYuan(row.amount)}</td>
                <td>{row.mode}</td>
                <td className="mono">{maskedSaleCode(row)}</td>
                <td className="amount">{row.attempts}</td>
                <td className="last-error">{row.lastError ?? ''}</td>
                <td>{timeOfDay(row.nextAttemptAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > SHOWN_ROWS && (
        <p>
          Showing the first {SHOWN_ROWS} of {rows.length}. Export the list to see them all.
        </p>
      )}
    </>
  );
}
