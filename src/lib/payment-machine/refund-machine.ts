import { transitionIn, type Transition, type TransitionTable } from './machine.ts';

/** A refund: sent with its own outRefundNo, and re-sent until the wallet's answer is known. */
export const REFUND_STATES = ['created', 'sending', 'unknown', 'refunded', 'declined'] as const;
export type RefundState = (typeof REFUND_STATES)[number];

export const REFUND_EVENTS = ['send', 'succeeded', 'failed', 'rejected', 'lost'] as const;
export type RefundEvent = (typeof REFUND_EVENTS)[number];

export const REFUND_TRANSITIONS: TransitionTable<RefundState, RefundEvent> = {
  created: { send: 'sending' },
  sending: { succeeded: 'refunded', failed: 'declined', rejected: 'declined', lost: 'unknown' },
  // The protocol has no refund query: the same refund is sent again, and the wallet answers a
  // repeat with the original result.
  unknown: { send: 'sending' },
  refunded: {},
  declined: {},
};

export function refundTransition(from: RefundState, event: RefundEvent): Transition<RefundState> {
  return transitionIn(REFUND_TRANSITIONS, from, event);
}

export function isPendingRefund(state: RefundState): boolean {
  return state === 'created' || state === 'sending' || state === 'unknown';
}
