import { useNow } from '../../lib/clock/use-now.ts';
import { useSale } from '../../lib/db/use-sale.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { describeSale, type SaleView } from './describe-sale.ts';

/**
 * What the checkout shows for the sale on screen, following it in the journal whoever moves it
 * on (this page, the replayer, another tab); null while no sale is on screen.
 */
export function useSaleView(outTradeNo: string | null, stoppedWaiting = false): SaleView | null {
  const t = useT();
  const sale = useSale(outTradeNo);
  const now = useNow(1_000, sale?.state === 'userpaying');
  if (outTradeNo === null) return null;
  if (!sale)
    return { tone: 'pending', text: t('sale.charging'), canMoveOn: false, canCancel: false };
  const view = describeSale(sale, now, t);
  // The cashier stopped waiting: say so, as long as the outcome stays unknown.
  if (stoppedWaiting && sale.state === 'unknown') {
    return { ...view, text: t('reach.stoppedCharging', { outTradeNo: sale.outTradeNo }) };
  }
  return view;
}
