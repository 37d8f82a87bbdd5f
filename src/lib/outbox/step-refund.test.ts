import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { db } from '../db/database.ts';
import { getRefund } from '../db/refunds.ts';
import { requestRefund } from './request-refund.ts';
import { SaleWorker } from './sale-worker.ts';
import {
  fakeContext,
  json,
  problem,
  resetJournal,
  scriptedWallet,
  START,
  storedSale,
  testCredentials,
} from './test-support/outbox-fixture.ts';

afterEach(async () => {
  await db.refunds.clear();
  await resetJournal();
});

async function paidSale() {
  const worker = new SaleWorker(await testCredentials(), fakeContext());
  const sale = await storedSale(worker.context, { amount: 10_000 }, { state: 'paid', pending: 0 });
  return { worker, sale };
}

const refundAnswer = (outRefundNo: string, outTradeNo: string, amount: number, failed = false) =>
  json(200, {
    outRefundNo,
    outTradeNo,
    amount,
    fee: failed ? 0 : 10,
    status: failed ? 'FAILED' : 'SUCCESS',
    createdAt: new Date(START).toISOString(),
    ...(failed ? { failure: { code: 'REFUND_EXCEEDS_PAYMENT', message: 'too much' } } : {}),
  });

describe('refunds through the outbox', () => {
  it('queues a partial refund with its own outRefundNo and sends it until it is known', async () => {
    const { worker, sale } = await paidSale();
    const requested = await requestRefund(sale.outTradeNo, 2_500, 'broken cup', worker);
    if (!requested.ok) throw new Error(requested.message);
    const { outRefundNo } = requested.refund;
    expect(outRefundNo).toMatch(/^RF/);
    scriptedWallet(() => 'no-response');
    expect(await worker.stepRefund(outRefundNo)).toMatchObject({ state: 'unknown', attempts: 1 });
    const calls = scriptedWallet(() => refundAnswer(outRefundNo, sale.outTradeNo, 2_500));
    expect(await worker.stepRefund(outRefundNo)).toMatchObject({
      state: 'refunded',
      pending: 0,
      fee: 10,
      refundedAt: new Date(START).toISOString(),
    });
    expect(calls[0]).toMatchObject({
      path: `/api/v1/payments/${sale.outTradeNo}/refunds`,
      body: { outRefundNo, amount: 2_500, reason: 'broken cup' },
    });
  });

  it('records a refund the wallet declines, and a refusal, as final', async () => {
    const { worker, sale } = await paidSale();
    const first = await requestRefund(sale.outTradeNo, 1_000, undefined, worker);
    const second = await requestRefund(sale.outTradeNo, 1_000, undefined, worker);
    if (!first.ok || !second.ok) throw new Error('refunds not queued');
    scriptedWallet(() => refundAnswer(first.refund.outRefundNo, sale.outTradeNo, 1_000, true));
    expect(await worker.stepRefund(first.refund.outRefundNo)).toMatchObject({
      state: 'declined',
      failure: { code: 'REFUND_EXCEEDS_PAYMENT' },
    });
    scriptedWallet(() => problem(400, 'VALIDATION_FAILED', 'amount: too large'));
    await worker.stepRefund(second.refund.outRefundNo);
    expect(await getRefund(second.refund.outRefundNo)).toMatchObject({
      state: 'declined',
      pending: 0,
      failure: { code: 'VALIDATION_FAILED' },
    });
  });

  it('refuses a refund of more than is left, of an unpaid sale, or of nothing', async () => {
    const { worker, sale } = await paidSale();
    expect(await requestRefund(sale.outTradeNo, 6_000, undefined, worker)).toMatchObject({
      ok: true,
    });
    expect(await requestRefund(sale.outTradeNo, 4_001, undefined, worker)).toEqual({
      ok: false,
      message: 'At most ¥40.00 of this sale can still be refunded.',
    });
    expect(await requestRefund(sale.outTradeNo, 0, undefined, worker)).toMatchObject({ ok: false });
    const unpaid = await storedSale(worker.context, { code: '281234567890123457' });
    const refused = await requestRefund(unpaid.outTradeNo, 100, undefined, worker);
    expect(refused.ok ? '' : refused.message).toContain('Only a paid sale');
    expect(await db.refunds.count()).toBe(1);
  });
});
