import type { PaymentState } from '../../lib/payment-machine/payment-machine.ts';

const STATE_LABELS: Readonly<Record<PaymentState, string>> = {
  created: 'Not sent yet',
  sending: 'Sending',
  userpaying: 'Waiting for customer',
  unknown: 'Outcome unknown',
  cancelling: 'Cancelling',
  paid: 'Paid',
  declined: 'Declined',
  cancelled: 'Cancelled',
  'accepted-offline': 'Accepted offline',
  forwarding: 'Forwarding',
  forwarded: 'Forwarded, paid',
  'declined-after-forwarding': 'Declined after forwarding',
};

/** A sale's state in the cashier's words. */
export function stateLabel(state: PaymentState): string {
  return STATE_LABELS[state];
}

/** A moment as local time of day, for times within the next minutes. */
export function timeOfDay(ms: number): string {
  return new Date(ms).toLocaleTimeString();
}

/** A moment as local date and time. */
export function localDateTime(iso: string): string {
  return new Date(iso).toLocaleString();
}
