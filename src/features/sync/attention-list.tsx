import type { SaleRow } from '../../lib/db/database.ts';
import { attentionText, maskedSaleCode } from '../../lib/csv/sales-csv.ts';
import { markFollowedUp } from '../../lib/db/sales.ts';
import { formatYuan } from '../../lib/offline-acceptance/offline-limits.ts';
import { PROVIDER_NAMES } from '../../lib/provider-names.ts';
import { localDateTime, stateLabel } from './sale-labels.ts';

/** Sales a person must follow up: money not collected, or an outcome nobody knows. */
export function AttentionList({ rows, now }: { rows: readonly SaleRow[]; now: number }) {
  if (rows.length === 0) return <p>Nothing needs attention.</p>;
  return (
    <ul className="attention-list">
      {rows.map((row) => (
        <li key={row.outTradeNo} className={`attention attention-${row.state}`}>
          <p className="attention-reason">{attentionText(row, now)}</p>
          <dl className="facts">
            <dt>Sale</dt>
            <dd className="mono">{row.outTradeNo}</dd>
            <dt>Amount</dt>
            <dd>
              {formatYuan(row.amount)} with {PROVIDER_NAMES[row.provider]} ({row.mode})
            </dd>
            <dt>State</dt>
            <dd>{stateLabel(row.state)}</dd>
            <dt>Code</dt>
            <dd className="mono">{maskedSaleCode(row)}</dd>
            <dt>Taken at</dt>
            <dd>{localDateTime(row.createdAt)}</dd>
            {row.failure && (
              <>
                <dt>Wallet said</dt>
                <dd>
                  {row.failure.message} ({row.failure.code})
                </dd>
              </>
            )}
            {row.lastError && (
              <>
                <dt>Last error</dt>
                <dd>{row.lastError}</dd>
              </>
            )}
          </dl>
          {row.state === 'declined-after-forwarding' && (
            <button type="button" onClick={() => void markFollowedUp(row.outTradeNo, new Date())}>
              Mark as followed up
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
