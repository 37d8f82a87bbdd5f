import { CONFIRMATION_TIMEOUT_MS } from '../../../protocol/payments.ts';
import type { SaleRow } from '../../lib/db/database.ts';
import type { Translate } from '../../lib/i18n/catalogue-types.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';

export type SaleTone = 'paid' | 'declined' | 'pending' | 'unknown' | 'offline';

export type SaleView = {
  tone: SaleTone;
  text: string;
  /** The cashier may start the next sale: this one is final or carries on in the background. */
  canMoveOn: boolean;
  canCancel: boolean;
  /** Cancel here only stops waiting for the wallet's answer: the sale becomes unknown. */
  cancelStopsWaiting?: true;
  /** While the customer has yet to confirm: the seconds before the terminal cancels. */
  secondsLeft?: number;
};

/** What the checkout shows for a sale in each state of the payment machine. */
export function describeSale(sale: SaleRow, now: number, t: Translate): SaleView {
  const amount = formatMoney(sale.amount, { grouping: false });
  const provider = t(`provider.${sale.provider}`);
  const reason = sale.failure
    ? t('sale.failure', { message: sale.failure.message, code: sale.failure.code })
    : t('sale.noReason');
  const view = (tone: SaleTone, text: string, canMoveOn: boolean, canCancel = false): SaleView => ({
    tone,
    text,
    canMoveOn,
    canCancel,
  });
  switch (sale.state) {
    case 'created':
    case 'sending':
      return {
        ...view('pending', t('sale.sending', { amount }), false, true),
        cancelStopsWaiting: true,
      };
    case 'userpaying': {
      const seconds = Math.max(
        0,
        Math.ceil((Date.parse(sale.createdAt) + CONFIRMATION_TIMEOUT_MS - now) / 1000),
      );
      return {
        ...view('pending', t('sale.userpaying', { amount, provider }), false, true),
        secondsLeft: seconds,
      };
    }
    case 'unknown':
      return view('unknown', t('sale.unknown', { outTradeNo: sale.outTradeNo }), true);
    case 'cancelling':
      return view('pending', t('sale.cancelling', { amount }), false);
    case 'paid':
      return view('paid', t('sale.paid', { amount, provider }), true);
    case 'declined':
      return view('declined', t('sale.declined', { reason }), true);
    case 'cancelled':
      return view(
        'declined',
        sale.failure
          ? t('sale.cancelledBecause', { amount, reason })
          : t('sale.cancelled', { amount }),
        true,
      );
    case 'accepted-offline':
    case 'forwarding':
      return view('offline', t('sale.acceptedOffline', { amount, provider }), true);
    case 'forwarded':
      return view('paid', t('sale.forwarded', { amount, provider }), true);
    case 'declined-after-forwarding':
      return view('declined', t('sale.declinedAfterForwarding', { reason }), true);
  }
}
