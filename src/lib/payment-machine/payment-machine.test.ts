import { describe, expect, it } from 'vitest';
import { PAYMENT_STATUSES, type PaymentStatus } from '../../../protocol/payments.ts';
import { answerOf, failureOf } from '../outbox/wallet-answers.ts';
import { paymentOf } from '../outbox/test-support/outbox-fixture.ts';
import { WalletProblemError, WalletUnreachableError } from '../wallet-client/errors.ts';
import {
  isFinalPayment,
  isOfflineExposure,
  isPendingPayment,
  PAYMENT_EVENTS,
  PAYMENT_STATES,
  PAYMENT_TRANSITIONS,
  paymentTransition,
  type PaymentEvent,
  type PaymentState,
} from './payment-machine.ts';

type Call = 'send' | 'forward' | 'query' | 'cancel';

/**
 * The statuses each call's 200 can carry (docs/API.md): a pay or a query any of them; a forward
 * never USERPAYING ("an offline code never goes USERPAYING"); a cancel CLOSED, or FAILED for a
 * payment that had failed ("answered as it is").
 */
const STATUSES_OF: Readonly<Record<Call, readonly PaymentStatus[]>> = {
  send: PAYMENT_STATUSES,
  forward: PAYMENT_STATUSES.filter((status) => status !== 'USERPAYING'),
  query: PAYMENT_STATUSES,
  cancel: ['CLOSED', 'FAILED'],
};

/** The state a sale is in while each call is out, as the outbox makes them (step-sale.ts). */
const ARRIVES_IN: ReadonlyArray<[PaymentState, Call]> = [
  ['sending', 'send'],
  ['forwarding', 'forward'],
  ['unknown', 'query'],
  ['userpaying', 'query'],
  ['cancelling', 'cancel'],
];

/**
 * Answers the table leaves out on purpose, with why. While the customer confirms, the wallet has
 * already said USERPAYING: a query refused (a 401 or 403: the wallet changed nothing) or a 404
 * contradicts nothing it can act on, so step-sale.ts takes it as a misfit and looks again 3 s
 * later, and the 45 s limit still cancels the sale.
 */
const LEFT_TO_RETRY: ReadonlyArray<[PaymentState, PaymentEvent]> = [
  ['userpaying', 'rejected'],
  ['userpaying', 'not-found'],
];

/** Every event the outbox makes of what the wallet says to a call, or of its silence. */
function eventsOf(call: Call): Set<PaymentEvent> {
  const kind = call === 'forward' ? 'send' : call;
  const sale = { outTradeNo: 'SO1', amount: 100, provider: 'alipay' } as const;
  const failures = [
    new WalletUnreachableError('no answer', { noResponse: true }),
    new WalletUnreachableError('busy', { retryAfterMs: 1_000 }),
    new WalletProblemError(422, 'CANCEL_WINDOW_CLOSED', 'refused'),
    new WalletProblemError(404, 'NOT_FOUND', 'no such payment'),
  ];
  return new Set([
    ...STATUSES_OF[call].map((status) => answerOf(paymentOf(sale, { status })).event),
    ...failures.map((error) => failureOf(error, kind).event),
  ]);
}

const FINAL = PAYMENT_STATES.filter(isFinalPayment);

function reachable(from: PaymentState): Set<PaymentState> {
  const seen = new Set<PaymentState>([from]);
  const queue = [from];
  for (let state = queue.shift(); state !== undefined; state = queue.shift()) {
    for (const to of Object.values(PAYMENT_TRANSITIONS[state])) {
      if (!seen.has(to)) {
        seen.add(to);
        queue.push(to);
      }
    }
  }
  return seen;
}

describe('the payment machine', () => {
  it.each(PAYMENT_STATES.filter(isPendingPayment))('can end from %s', (from) => {
    expect([...reachable(from)].some(isFinalPayment)).toBe(true);
  });

  it.each(FINAL)('takes nothing the wallet says once %s', (from) => {
    // The cashier's cancel of a sale that moved money is the one way out of a final state.
    for (const event of PAYMENT_EVENTS.filter((event) => event !== 'cancel')) {
      const transition = paymentTransition(from, event);
      expect(transition.ok).toBe(false);
      if (!transition.ok) expect(transition.message).toContain(`"${event}"`);
    }
  });

  it('lets the cashier cancel only a final sale that moved money', () => {
    const cancellable = FINAL.filter((from) => paymentTransition(from, 'cancel').ok);
    expect(cancellable).toEqual(['paid', 'forwarded']);
    for (const from of cancellable) {
      expect(paymentTransition(from, 'cancel')).toEqual({ ok: true, from, to: 'cancelling' });
    }
  });

  it.each(ARRIVES_IN)('handles everything the wallet can answer while %s (%s)', (state, call) => {
    const retried = new Set(LEFT_TO_RETRY.filter(([at]) => at === state).map(([, event]) => event));
    for (const event of [...eventsOf(call)].filter((event) => !retried.has(event))) {
      expect({ event, ok: paymentTransition(state, event).ok }).toEqual({ event, ok: true });
    }
  });

  it('leaves out only answers the wallet can really send', () => {
    for (const [state, event] of LEFT_TO_RETRY) {
      const calls = ARRIVES_IN.filter(([at]) => at === state).map(([, call]) => call);
      expect(calls.some((call) => eventsOf(call).has(event))).toBe(true);
      expect(paymentTransition(state, event).ok).toBe(false);
    }
  });

  it('names every call the outbox makes from a pending state', () => {
    const waiting = new Set(ARRIVES_IN.map(([state]) => state));
    // The others start a call, and the call's answer lands in one of the states above.
    expect(
      PAYMENT_STATES.filter((state) => isPendingPayment(state) && !waiting.has(state)),
    ).toEqual(['created', 'accepted-offline']);
  });

  it('sorts states into pending and final', () => {
    for (const state of PAYMENT_STATES)
      expect(isFinalPayment(state)).toBe(!isPendingPayment(state));
    expect(PAYMENT_STATES.filter(isOfflineExposure)).toEqual(['accepted-offline', 'forwarding']);
  });
});
