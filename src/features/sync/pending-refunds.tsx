import type { RefundRow } from '../../lib/db/database.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';

/** The refunds the outbox has yet to send or hear back about, each with its sale. */
export function PendingRefunds({ refunds }: { refunds: readonly RefundRow[] }) {
  const t = useT();
  if (refunds.length === 0) return null;
  return (
    <>
      <h3>{t('sync.pendingRefunds')}</h3>
      <ul className="pending-refunds">
        {refunds.map((refund) => (
          <li key={refund.outRefundNo}>
            {t('sync.pendingRefund', {
              amount: formatMoney(refund.amount),
              outTradeNo: refund.outTradeNo,
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
