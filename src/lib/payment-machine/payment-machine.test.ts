import { describe, expect, it } from 'vitest';
import {
  isFinalPayment,
  isOfflineExposure,
  isPendingPayment,
  PAYMENT_EVENTS,
  PAYMENT_STATES,
  paymentTransition,
  type PaymentEvent,
  type PaymentState,
} from './payment-machine.ts';

/** The machine as the product describes it, written out by hand: the table must match it. */
const ALLOWED: ReadonlyArray<[PaymentState, PaymentEvent, PaymentState]> = [
  ['created', 'send', 'sending'],
  ['created', 'cancel', 'cancelled'],
  ['sending', 'paid', 'paid'],
  ['sending', 'waiting', 'userpaying'],
  ['sending', 'failed', 'declined'],
  ['sending', 'closed', 'cancelled'],
  ['sending', 'rejected', 'declined'],
  ['sending', 'lost', 'unknown'],
  ['userpaying', 'paid', 'paid'],
  ['userpaying', 'waiting', 'userpaying'],
  ['userpaying', 'failed', 'declined'],
  ['userpaying', 'closed', 'cancelled'],
  ['userpaying', 'lost', 'userpaying'],
  ['userpaying', 'cancel', 'cancelling'],
  ['unknown', 'paid', 'paid'],
  ['unknown', 'waiting', 'userpaying'],
  ['unknown', 'failed', 'declined'],
  ['unknown', 'closed', 'cancelled'],
  ['unknown', 'rejected', 'declined'],
  ['unknown', 'lost', 'unknown'],
  ['unknown', 'not-found', 'created'],
  ['unknown', 'cancel', 'cancelling'],
  ['cancelling', 'closed', 'cancelled'],
  ['cancelling', 'failed', 'declined'],
  ['cancelling', 'lost', 'cancelling'],
  ['cancelling', 'rejected', 'unknown'],
  ['paid', 'cancel', 'cancelling'],
  ['accepted-offline', 'forward', 'forwarding'],
  ['forwarding', 'paid', 'forwarded'],
  ['forwarding', 'failed', 'declined-after-forwarding'],
  ['forwarding', 'closed', 'declined-after-forwarding'],
  ['forwarding', 'rejected', 'declined-after-forwarding'],
  ['forwarding', 'lost', 'accepted-offline'],
  ['forwarded', 'cancel', 'cancelling'],
];

const allowed = new Map(ALLOWED.map(([from, event, to]) => [`${from}/${event}`, to]));

describe('the payment machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, event, to) => {
    expect(paymentTransition(from, event)).toEqual({ ok: true, from, to });
  });

  const illegal = PAYMENT_STATES.flatMap((from) =>
    PAYMENT_EVENTS.filter((event) => !allowed.has(`${from}/${event}`)).map(
      (event) => [from, event] as const,
    ),
  );

  it('refuses every other pair of state and event', () => {
    expect(illegal.length + ALLOWED.length).toBe(PAYMENT_STATES.length * PAYMENT_EVENTS.length);
  });

  it.each(illegal)('refuses %s --%s-->', (from, event) => {
    const transition = paymentTransition(from, event);
    expect(transition.ok).toBe(false);
    if (!transition.ok) expect(transition.message).toContain(`"${event}"`);
  });

  it('never leaves a final outcome for another outcome', () => {
    for (const from of ['declined', 'cancelled', 'declined-after-forwarding'] as const) {
      for (const event of PAYMENT_EVENTS) expect(paymentTransition(from, event).ok).toBe(false);
    }
  });

  it('sorts states into pending and final', () => {
    const pending = PAYMENT_STATES.filter(isPendingPayment);
    expect(pending).toEqual([
      'created',
      'sending',
      'userpaying',
      'unknown',
      'cancelling',
      'accepted-offline',
      'forwarding',
    ]);
    for (const state of PAYMENT_STATES)
      expect(isFinalPayment(state)).toBe(!pending.includes(state));
    expect(PAYMENT_STATES.filter(isOfflineExposure)).toEqual(['accepted-offline', 'forwarding']);
  });
});
