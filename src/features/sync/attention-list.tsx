import type { SaleRow } from '../../lib/db/database.ts';
import { attentionText, maskedSaleCode } from '../../lib/csv/sales-csv.ts';
import { markFollowedUp } from '../../lib/db/sales.ts';
import { formatDateTime } from '../../lib/i18n/format-date.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import { stateLabel } from './sale-labels.ts';

/** Sales a person must follow up: money not collected, or an outcome nobody knows. */
export function AttentionList({ rows, now }: { rows: readonly SaleRow[]; now: number }) {
  const t = useT();
  const language = useLanguage();
  if (rows.length === 0) return <p>{t('attention.none')}</p>;
  return (
    <ul className="attention-list">
      {rows.map((row) => (
        <li key={row.outTradeNo} className={`attention attention-${row.state}`}>
          <p className="attention-reason">{attentionText(row, now, language)}</p>
          <dl className="facts">
            <dt>{t('attention.sale')}</dt>
            <dd className="mono">{row.outTradeNo}</dd>
            <dt>{t('attention.amount')}</dt>
            <dd>
              {t('attention.amountValue', {
                amount: formatMoney(row.amount, { language }),
                provider: t(`provider.${row.provider}`),
                mode: t(`mode.${row.mode}`),
              })}
            </dd>
            <dt>{t('attention.state')}</dt>
            <dd>{stateLabel(row.state, t)}</dd>
            <dt>{t('attention.code')}</dt>
            <dd className="mono">{maskedSaleCode(row)}</dd>
            <dt>{t('attention.takenAt')}</dt>
            <dd>{formatDateTime(row.createdAt, language)}</dd>
            {row.failure && (
              <>
                <dt>{t('attention.walletSaid')}</dt>
                <dd>
                  {t('sale.failure', { message: row.failure.message, code: row.failure.code })}
                </dd>
              </>
            )}
            {row.lastError && (
              <>
                <dt>{t('attention.lastError')}</dt>
                <dd>{row.lastError}</dd>
              </>
            )}
          </dl>
          {row.state === 'declined-after-forwarding' && (
            <button type="button" onClick={() => void markFollowedUp(row.outTradeNo, new Date())}>
              {t('attention.markFollowedUp')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
