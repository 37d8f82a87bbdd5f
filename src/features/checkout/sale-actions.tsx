import { useState } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { requestCancel } from '../../lib/outbox/cancel-sale.ts';
import type { SaleWorker } from '../../lib/outbox/sale-worker.ts';
import type { SaleView } from './describe-sale.ts';

/** Cancel while the customer has not confirmed, and New sale once this one needs no watching. */
export function SaleActions({
  outTradeNo,
  view,
  worker,
  onNewSale,
  onShowReceipt,
  onStoppedWaiting,
}: {
  outTradeNo: string;
  view: SaleView;
  worker: SaleWorker;
  onNewSale: () => void;
  onShowReceipt: (outTradeNo: string) => void;
  onStoppedWaiting: () => void;
}) {
  const t = useT();
  const [cancelProblem, setCancelProblem] = useState<string | null>(null);

  async function cancel() {
    if (view.cancelStopsWaiting) {
      // Never a guess: the call in flight is abandoned and the wallet asked later.
      if (worker.stopWaiting(outTradeNo)) onStoppedWaiting();
      return;
    }
    const applied = await requestCancel(outTradeNo, worker);
    setCancelProblem(applied.ok ? null : t('sale.cancelTooLate'));
  }

  return (
    <>
      {cancelProblem && <p role="alert">{cancelProblem}</p>}
      {view.canCancel && (
        <button type="button" onClick={() => void cancel()}>
          {t('sale.cancel')}
        </button>
      )}
      {view.canMoveOn && (
        <button type="button" onClick={() => onShowReceipt(outTradeNo)}>
          {t('sale.receipt')}
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
