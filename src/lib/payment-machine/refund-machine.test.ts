import { describe, expect, it } from 'vitest';
import {
  isPendingRefund,
  REFUND_EVENTS,
  REFUND_STATES,
  refundTransition,
  type RefundEvent,
  type RefundState,
} from './refund-machine.ts';

const ALLOWED: ReadonlyArray<[RefundState, RefundEvent, RefundState]> = [
  ['created', 'send', 'sending'],
  ['sending', 'succeeded', 'refunded'],
  ['sending', 'failed', 'declined'],
  ['sending', 'rejected', 'declined'],
  ['sending', 'lost', 'unknown'],
  ['unknown', 'send', 'sending'],
];
const allowed = new Set(ALLOWED.map(([from, event]) => `${from}/${event}`));

describe('the refund machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, event, to) => {
    expect(refundTransition(from, event)).toEqual({ ok: true, from, to });
  });

  const illegal = REFUND_STATES.flatMap((from) =>
    REFUND_EVENTS.filter((event) => !allowed.has(`${from}/${event}`)).map(
      (event) => [from, event] as const,
    ),
  );

  it.each(illegal)('refuses %s --%s-->', (from, event) => {
    expect(refundTransition(from, event).ok).toBe(false);
  });

  it('is pending until the wallet has answered', () => {
    expect(REFUND_STATES.filter(isPendingRefund)).toEqual(['created', 'sending', 'unknown']);
  });
});
