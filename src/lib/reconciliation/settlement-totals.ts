import { addMinor, subtractMinor, type Minor } from '../../../protocol/money.ts';
import type { SettlementLineType, SettlementTotals } from '../../../protocol/settlements.ts';

/** One movement of money as a statement counts it: a line, or a journal entry that moved money. */
export type Movement = { type: SettlementLineType; amount: Minor; fee: Minor };

/**
 * Totals as the wallet adds up its statement: gross is the PAYMENT amounts, refunds the REFUND
 * and CANCEL amounts, fees the PAYMENT fees less those given back, net = gross − refunds − fees,
 * and count the PAYMENT lines.
 */
export function settlementTotals(movements: readonly Movement[]): SettlementTotals {
  let gross = 0;
  let refunds = 0;
  let fees = 0;
  let count = 0;
  for (const movement of movements) {
    if (movement.type === 'PAYMENT') {
      gross = addMinor(gross, movement.amount);
      fees = addMinor(fees, movement.fee);
      count += 1;
    } else {
      refunds = addMinor(refunds, movement.amount);
      fees = subtractMinor(fees, movement.fee);
    }
  }
  return { gross, refunds, fees, net: subtractMinor(gross, addMinor(refunds, fees)), count };
}
