import { CONFIRMATION_TIMEOUT_MS } from '../../../protocol/payments.ts';
import { formatAmount } from '../../../protocol/money.ts';
import type { SaleRow } from '../../lib/db/database.ts';
import { PROVIDER_NAMES } from '../../lib/provider-names.ts';

export type SaleTone = 'paid' | 'declined' | 'pending' | 'unknown' | 'offline';

export type SaleView = {
  tone: SaleTone;
  text: string;
  /** The cashier may start the next sale: this one is final or carries on in the background. */
  canMoveOn: boolean;
  canCancel: boolean;
};

/** What the checkout shows for a sale in each state of the payment machine. */
export function describeSale(sale: SaleRow, now: number): SaleView {
  const amount = `¥${formatAmount(sale.amount)}`;
  const provider = PROVIDER_NAMES[sale.provider];
  const reason = sale.failure
    ? `${sale.failure.message} (${sale.failure.code})`
    : 'no reason given';
  const view = (tone: SaleTone, text: string, canMoveOn: boolean, canCancel = false): SaleView => ({
    tone,
    text,
    canMoveOn,
    canCancel,
  });
  switch (sale.state) {
    case 'created':
    case 'sending':
      return view('pending', `Charging ${amount}…`, false);
    case 'userpaying': {
      const left = Math.max(
        0,
        Math.ceil((Date.parse(sale.createdAt) + CONFIRMATION_TIMEOUT_MS - now) / 1000),
      );
      return view(
        'pending',
        `Waiting for customer to confirm ${amount} in ${provider} (${left} s left)`,
        false,
        true,
      );
    }
    case 'unknown':
      return view(
        'unknown',
        `Outcome unknown for ${sale.outTradeNo}: the terminal keeps checking with the wallet. Do not charge again.`,
        true,
      );
    case 'cancelling':
      return view('pending', `Cancelling ${amount}…`, false);
    case 'paid':
      return view('paid', `Paid ${amount} with ${provider}`, true);
    case 'declined':
      return view('declined', `Declined: ${reason}`, true);
    case 'cancelled':
      return view('declined', `Cancelled ${amount}${sale.failure ? `: ${reason}` : ''}`, true);
    case 'accepted-offline':
    case 'forwarding':
      return view(
        'offline',
        `Accepted offline ${amount} (${provider}): it will be sent to the wallet when the terminal is online`,
        true,
      );
    case 'forwarded':
      return view('paid', `Accepted offline and confirmed: paid ${amount} with ${provider}`, true);
    case 'declined-after-forwarding':
      return view(
        'declined',
        `Declined after forwarding: ${reason}. Follow up with the customer (see Sync).`,
        true,
      );
  }
}
