import { useSale } from '../../lib/db/use-sale.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { describeError } from './describe-error.ts';
import { PaymentComparison } from './payment-comparison.tsx';
import type { PaymentQueryState } from './use-payment-query.ts';

/** The wallet's answer to "Query payment", beside the terminal's own sale, kept up to date. */
export function PaymentQuery({
  outTradeNo,
  state,
}: {
  outTradeNo: string;
  state: PaymentQueryState;
}) {
  const t = useT();
  // Live, so that a pending sale's outcome shows as soon as the outbox learns it.
  const live = useSale(outTradeNo);
  if (state.phase === 'idle') return null;
  if (state.phase === 'querying') {
    return <p className="reconciliation-note">{t('reconciliation.querying')}</p>;
  }
  return (
    <div className="reconciliation-query">
      {state.phase === 'failed' ? (
        <p role="alert" className="reconciliation-error">
          {describeError(state.error, t)}
        </p>
      ) : (
        <PaymentComparison payment={state.payment} at={state.at} sale={live ?? state.sale} />
      )}
      {state.woke && <p className="reconciliation-note">{t('reconciliation.pendingWoken')}</p>}
    </div>
  );
}
