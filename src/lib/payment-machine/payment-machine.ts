import { transitionIn, type Transition, type TransitionTable } from './machine.ts';

/**
 * The life of a sale (docs/OUTBOX.md draws it). Online: created → sending → paid, declined,
 * waiting for the customer (userpaying) or unknown. Offline: accepted-offline → forwarding →
 * forwarded or declined-after-forwarding. A cancel goes through cancelling to cancelled.
 */
export const PAYMENT_STATES = [
  'created',
  'sending',
  'userpaying',
  'unknown',
  'cancelling',
  'paid',
  'declined',
  'cancelled',
  'accepted-offline',
  'forwarding',
  'forwarded',
  'declined-after-forwarding',
] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

/**
 * What can happen to a sale. The wallet's answers are `paid` (SUCCESS), `waiting` (USERPAYING),
 * `failed` (FAILED) and `closed` (CLOSED); `rejected` is a problem+json refusal, `lost` a request
 * with no usable answer, and `not-found` a query for a payment the wallet never received.
 */
export const PAYMENT_EVENTS = [
  'send',
  'forward',
  'paid',
  'waiting',
  'failed',
  'closed',
  'rejected',
  'lost',
  'not-found',
  'cancel',
] as const;
export type PaymentEvent = (typeof PAYMENT_EVENTS)[number];

export const PAYMENT_TRANSITIONS: TransitionTable<PaymentState, PaymentEvent> = {
  created: { send: 'sending', cancel: 'cancelled' },
  sending: {
    paid: 'paid',
    waiting: 'userpaying',
    failed: 'declined',
    closed: 'cancelled',
    rejected: 'declined',
    lost: 'unknown',
  },
  userpaying: {
    paid: 'paid',
    waiting: 'userpaying',
    failed: 'declined',
    closed: 'cancelled',
    lost: 'userpaying',
    cancel: 'cancelling',
  },
  unknown: {
    paid: 'paid',
    waiting: 'userpaying',
    failed: 'declined',
    closed: 'cancelled',
    rejected: 'declined',
    lost: 'unknown',
    'not-found': 'created',
    cancel: 'cancelling',
  },
  // A cancel closes a payment whatever it had become; a FAILED payment stays FAILED.
  cancelling: { closed: 'cancelled', failed: 'declined', lost: 'cancelling', rejected: 'unknown' },
  paid: { cancel: 'cancelling' },
  declined: {},
  cancelled: {},
  'accepted-offline': { forward: 'forwarding' },
  // Forwarding is idempotent by outTradeNo, so a lost forward simply waits to be sent again.
  forwarding: {
    paid: 'forwarded',
    failed: 'declined-after-forwarding',
    closed: 'declined-after-forwarding',
    rejected: 'declined-after-forwarding',
    lost: 'accepted-offline',
  },
  forwarded: { cancel: 'cancelling' },
  'declined-after-forwarding': {},
};

export function paymentTransition(
  from: PaymentState,
  event: PaymentEvent,
): Transition<PaymentState> {
  return transitionIn(PAYMENT_TRANSITIONS, from, event);
}

const PENDING: ReadonlySet<PaymentState> = new Set([
  'created',
  'sending',
  'userpaying',
  'unknown',
  'cancelling',
  'accepted-offline',
  'forwarding',
]);

/** States with work left for the outbox: a network call to make or an answer to wait for. */
export function isPendingPayment(state: PaymentState): boolean {
  return PENDING.has(state);
}

/** A final state: nothing more happens unless the cashier cancels a paid sale. */
export function isFinalPayment(state: PaymentState): boolean {
  return !PENDING.has(state);
}

/** States that still hold money the terminal accepted without the wallet's word. */
export function isOfflineExposure(state: PaymentState): boolean {
  return state === 'accepted-offline' || state === 'forwarding';
}
