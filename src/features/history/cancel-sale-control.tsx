import { useState } from 'react';
import type { Minor } from '../../../protocol/money.ts';
import type { RefundRow, SaleRow } from '../../lib/db/database.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { requestCancel } from '../../lib/outbox/cancel-sale.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import { cancelEligibility } from './cancel-eligibility.ts';

/** Cancel, with a confirmation naming the money that goes back; or why it is not offered. */
export function CancelSaleControl({
  sale,
  refunds,
  remaining,
  now,
  worker,
  onMessage,
}: {
  sale: SaleRow;
  refunds: readonly RefundRow[];
  remaining: Minor;
  now: number;
  worker: SaleWorker;
  onMessage: (message: string) => void;
}) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const eligibility = cancelEligibility(sale, refunds, now);
  if (!eligibility.ok) {
    if (eligibility.reason === 'window-closed') return <p>{t('history.cancelClosed')}</p>;
    if (eligibility.reason === 'refund-pending') return <p>{t('history.refundPending')}</p>;
    return null;
  }

  async function cancel() {
    setConfirming(false);
    const applied = await requestCancel(sale.outTradeNo, worker);
    onMessage(
      applied.ok
        ? t('history.cancelQueued')
        : t('history.cancelRefused', { state: t(`state.${applied.row?.state ?? sale.state}`) }),
    );
  }

  if (confirming) {
    return (
      <div className="card cancel-confirm" role="group" aria-label={t('history.cancel')}>
        <p>
          {t('history.cancelConfirm', {
            outTradeNo: sale.outTradeNo,
            amount: formatMoney(remaining),
          })}
        </p>
        <div className="filter-actions">
          <button type="button" className="danger" onClick={() => void cancel()}>
            {t('history.cancelYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('history.cancelNo')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="cancel-offer">
      <p>{t('history.cancelHint')}</p>
      <button type="button" onClick={() => setConfirming(true)}>
        {t('history.cancel')}
      </button>
    </div>
  );
}
