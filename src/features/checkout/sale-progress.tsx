import { useState } from 'react';
import { useNow } from '../../lib/clock/use-now.ts';
import { useSale } from '../../lib/db/use-sale.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { requestCancel } from '../../lib/outbox/cancel-sale.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import { describeSale } from './describe-sale.ts';
import { PaymentOutcome } from './payment-outcome.tsx';

/** Follows the sale in the journal, whoever moves it on: this page, the replayer, another tab. */
export function SaleProgress({
  outTradeNo,
  worker,
  onNewSale,
}: {
  outTradeNo: string;
  worker: SaleWorker;
  onNewSale: () => void;
}) {
  const t = useT();
  const sale = useSale(outTradeNo);
  const now = useNow(1_000, sale?.state === 'userpaying');
  const [cancelProblem, setCancelProblem] = useState<string | null>(null);
  if (!sale) return <PaymentOutcome tone="pending" text={t('sale.charging')} />;
  const view = describeSale(sale, now, t);

  async function cancel() {
    const applied = await requestCancel(outTradeNo, worker);
    setCancelProblem(applied.ok ? null : t('sale.cancelTooLate'));
  }

  return (
    <>
      <PaymentOutcome tone={view.tone} text={view.text} />
      {cancelProblem && <p role="alert">{cancelProblem}</p>}
      {view.canCancel && (
        <button type="button" onClick={() => void cancel()}>
          {t('sale.cancel')}
        </button>
      )}
      {view.canMoveOn && (
        <button type="button" className="primary" onClick={onNewSale}>
          {t('sale.newSale')}
        </button>
      )}
    </>
  );
}
