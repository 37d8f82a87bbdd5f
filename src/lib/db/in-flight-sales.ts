import { useLiveQuery } from 'dexie-react-hooks';
import type { PaymentState } from '../payment-machine/payment-machine.ts';
import { db } from './database.ts';

/**
 * A sale in one of these states has a payment call under way, or a customer deciding on their
 * phone: reloading the app now would interrupt it.
 */
export const IN_FLIGHT_STATES = [
  'created',
  'sending',
  'userpaying',
  'cancelling',
] as const satisfies readonly PaymentState[];

/** Sales in flight in any tab of the terminal. */
export function countInFlightSales(): Promise<number> {
  return db.sales.where('state').anyOf(IN_FLIGHT_STATES).count();
}

/**
 * The same count, kept up to date; undefined while the first read is under way or when the
 * journal cannot be read (the hook would otherwise throw the error into the page).
 */
export function useInFlightSaleCount(): number | undefined {
  return useLiveQuery(() => countInFlightSales().catch(() => undefined), []);
}
