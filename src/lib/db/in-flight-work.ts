import { useLiveQuery } from 'dexie-react-hooks';
import type { PaymentState } from '../payment-machine/payment-machine.ts';
import type { RefundState } from '../payment-machine/refund-machine.ts';
import { db } from './database.ts';

/**
 * A sale in one of these states has a payment call under way, or a customer deciding on their
 * phone: reloading the app now would interrupt it.
 */
export const IN_FLIGHT_SALE_STATES = [
  'created',
  'sending',
  'userpaying',
  'cancelling',
] as const satisfies readonly PaymentState[];

/** A refund in one of these states is being sent to the wallet. */
export const IN_FLIGHT_REFUND_STATES = [
  'created',
  'sending',
] as const satisfies readonly RefundState[];

/** Sales and refunds in flight in any tab of the terminal. */
export async function countInFlightWork(): Promise<number> {
  return db.transaction('r', db.sales, db.refunds, async () => {
    const [sales, refunds] = await Promise.all([
      db.sales.where('state').anyOf(IN_FLIGHT_SALE_STATES).count(),
      db.refunds.where('state').anyOf(IN_FLIGHT_REFUND_STATES).count(),
    ]);
    return sales + refunds;
  });
}

/**
 * The same count, kept up to date; undefined while the first read is under way or when the
 * journal cannot be read (the hook would otherwise throw the error into the page).
 */
export function useInFlightWorkCount(): number | undefined {
  return useLiveQuery(() => countInFlightWork().catch(() => undefined), []);
}
