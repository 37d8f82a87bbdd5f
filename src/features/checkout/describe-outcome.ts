import { formatAmount } from '../../../protocol/money.ts';
import { PROVIDER_NAMES } from '../../lib/provider-names.ts';
import type { ChargeOutcome } from './charge-code.ts';
import type { CheckoutOutcome } from './checkout-store.ts';

export function describeOutcome(outcome: ChargeOutcome): CheckoutOutcome {
  switch (outcome.kind) {
    case 'settled': {
      const { payment } = outcome;
      const amount = `¥${formatAmount(payment.amount)}`;
      const provider = PROVIDER_NAMES[payment.provider];
      if (payment.status === 'SUCCESS') {
        return { tone: 'paid', text: `Paid ${amount} with ${provider}` };
      }
      if (payment.status === 'USERPAYING') {
        return {
          tone: 'pending',
          text: `Waiting for customer to confirm ${amount} in ${provider}`,
        };
      }
      if (payment.status === 'CLOSED') return { tone: 'declined', text: `Cancelled ${amount}` };
      const reason = payment.failure
        ? `${payment.failure.message} (${payment.failure.code})`
        : 'no reason given';
      return { tone: 'declined', text: `Declined: ${reason}` };
    }
    case 'rejected':
      return {
        tone: 'declined',
        text: `Declined by the wallet: ${outcome.message} (${outcome.code})`,
      };
    case 'unknown':
      return {
        tone: 'unknown',
        text: `Outcome unknown for ${outcome.outTradeNo}. Do not charge again: the sale is kept and will be checked.`,
      };
  }
}
