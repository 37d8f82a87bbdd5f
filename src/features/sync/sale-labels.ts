import type { Translate } from '../../lib/i18n/catalogue-types.ts';
import type { PaymentState } from '../../lib/payment-machine/payment-machine.ts';

/** A sale's state in the cashier's words. */
export function stateLabel(state: PaymentState, t: Translate): string {
  return t(`state.${state}`);
}
