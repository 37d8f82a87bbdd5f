import { describe, expect, it } from 'vitest';
import { CANCEL_WINDOW_MS } from '../../../protocol/payments.ts';
import { refundRow, saleRow } from '../../lib/journal/test-support/journal-rows.ts';
import { cancelEligibility } from './cancel-eligibility.ts';

const START = Date.parse('2026-11-21T08:00:00.000Z');

describe('cancelling a sale from its detail', () => {
  it('is allowed for a paid or forwarded sale within 24 hours, 24 hours included', () => {
    expect(cancelEligibility(saleRow('SO-1'), [], START + CANCEL_WINDOW_MS)).toEqual({ ok: true });
    const forwarded = saleRow('SO-2', { state: 'forwarded', mode: 'offline' });
    expect(cancelEligibility(forwarded, [], START)).toEqual({ ok: true });
  });

  it.each([
    ['not-paid', saleRow('SO-1', { state: 'declined' }), [], START],
    ['not-paid', saleRow('SO-1', { state: 'accepted-offline' }), [], START],
    ['window-closed', saleRow('SO-1'), [], START + CANCEL_WINDOW_MS + 1],
    ['refund-pending', saleRow('SO-1'), [refundRow('RF-1', 'SO-1', { state: 'unknown' })], START],
    [
      'nothing-left',
      saleRow('SO-1', { amount: 500 }),
      [refundRow('RF-1', 'SO-1', { amount: 500 })],
      START,
    ],
  ] as const)('is refused (%s)', (reason, sale, refunds, now) => {
    expect(cancelEligibility(sale, refunds, now)).toEqual({ ok: false, reason });
  });
});
