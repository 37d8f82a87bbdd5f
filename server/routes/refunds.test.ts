import { beforeEach, describe, expect, it } from 'vitest';
import { feeFor } from '../../protocol/money.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { RefundSchema } from '../../protocol/refunds.ts';
import {
  createHarness,
  readPayment,
  readProblem,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';

let h: Harness;
let terminal: TestTerminal;

beforeEach(async () => {
  h = await createHarness();
  terminal = await h.createTerminal();
});

function refund(outTradeNo: string, body: unknown, till = terminal) {
  return h.signed(till, 'POST', apiPaths.paymentRefunds(outTradeNo), body);
}

async function readRefund(response: Response) {
  expect(response.status).toBe(200);
  return RefundSchema.parse(await response.json());
}

describe('POST /payments/{outTradeNo}/refunds', () => {
  it('refunds part of a payment, then the rest, and returns the fee in step', async () => {
    const wallet = await h.createWallet(100_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'p-1', amount: 33_333 });
    const first = await readRefund(await refund('p-1', { outRefundNo: 'r-1', amount: 10_001 }));
    expect(first).toMatchObject({
      outRefundNo: 'r-1',
      outTradeNo: 'p-1',
      status: 'SUCCESS',
      fee: feeFor(10_001),
    });
    expect(await h.balanceOf(wallet.walletId)).toBe(100_000 - 33_333 + 10_001);
    await readRefund(await refund('p-1', { outRefundNo: 'r-2', amount: 23_332, reason: 'Broken' }));
    const payment = await readPayment(await h.signed(terminal, 'GET', apiPaths.payment('p-1')));
    expect(payment).toMatchObject({ status: 'SUCCESS', refundedAmount: 33_333 });
    expect(await h.balanceOf(wallet.walletId)).toBe(100_000);
    const feesBack = await h.store.transaction((r) => r.ledger.totals());
    expect(feesBack.feesReturned).toBe(feeFor(33_333));
  });

  it('refuses more than was paid: FAILED REFUND_EXCEEDS_PAYMENT, stored, nothing moved', async () => {
    const wallet = await h.createWallet(10_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'p-2', amount: 1_000 });
    await readRefund(await refund('p-2', { outRefundNo: 'r-1', amount: 600 }));
    const over = await readRefund(await refund('p-2', { outRefundNo: 'r-2', amount: 401 }));
    expect(over).toMatchObject({ status: 'FAILED', failure: { code: 'REFUND_EXCEEDS_PAYMENT' } });
    expect(await h.balanceOf(wallet.walletId)).toBe(9_600);
    const again = await refund('p-2', { outRefundNo: 'r-2', amount: 401 });
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await readRefund(again)).toEqual(over);
  });

  it('refuses a payment that was not paid: PAYMENT_NOT_REFUNDABLE', async () => {
    const wallet = await h.createWallet(10);
    await h.payFrom(terminal, wallet, { outTradeNo: 'p-3', amount: 1_000 });
    const refused = await readRefund(await refund('p-3', { outRefundNo: 'r-1', amount: 1 }));
    expect(refused).toMatchObject({
      status: 'FAILED',
      failure: { code: 'PAYMENT_NOT_REFUNDABLE' },
    });
    expect(await h.balanceOf(wallet.walletId)).toBe(10);
  });

  it('refuses a cancelled payment: PAYMENT_NOT_REFUNDABLE', async () => {
    const wallet = await h.createWallet(10_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'p-4', amount: 1_000 });
    await h.signed(terminal, 'POST', apiPaths.paymentCancel('p-4'));
    const refused = await readRefund(await refund('p-4', { outRefundNo: 'r-1', amount: 1 }));
    expect(refused.failure?.code).toBe('PAYMENT_NOT_REFUNDABLE');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000);
  });

  it('is idempotent by outRefundNo: a retry replays, changed parameters are 422', async () => {
    const wallet = await h.createWallet(10_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'p-5', amount: 1_000 });
    await h.payFrom(terminal, wallet, { outTradeNo: 'p-6', amount: 1_000 });
    const body = { outRefundNo: 'r-1', amount: 300, reason: 'Wrong size' };
    const first = await readRefund(await refund('p-5', body));
    const retry = await refund('p-5', body);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await readRefund(retry)).toEqual(first);
    for (const [outTradeNo, changed, field] of [
      ['p-5', { ...body, amount: 301 }, 'amount'],
      ['p-5', { ...body, reason: 'Other' }, 'reason'],
      ['p-6', body, 'outTradeNo'],
    ] as const) {
      const mismatch = await refund(outTradeNo, changed);
      expect(mismatch.status).toBe(422);
      const problem = await readProblem(mismatch);
      expect(problem.code).toBe('IDEMPOTENCY_MISMATCH');
      expect(problem.detail).toContain(field);
    }
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 2_000 + 300);
  });

  it('answers 404 for an unknown payment and 403 for another merchant’s', async () => {
    await h.store.transaction((r) =>
      r.merchants.insertMerchant({ id: 'm_other', name: 'Other shop' }, false, h.now()),
    );
    const otherTill = await h.createTerminal('m_other');
    const wallet = await h.createWallet(10_000);
    await h.payFrom(otherTill, wallet, { outTradeNo: 'theirs', amount: 1_000 });
    const body = { outRefundNo: 'r-1', amount: 1 };
    expect((await readProblem(await refund('nobody', body))).code).toBe('NOT_FOUND');
    expect((await readProblem(await refund('theirs', body))).code).toBe('FORBIDDEN');
    expect(await h.balanceOf(wallet.walletId)).toBe(9_000);
  });

  it('validates the body and names each bad field', async () => {
    const wallet = await h.createWallet(10_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'p-7', amount: 1_000 });
    const cases: [unknown, string][] = [
      [{ amount: 1 }, 'outRefundNo'],
      [{ outRefundNo: 'r', amount: 0 }, 'amount'],
      [{ outRefundNo: 'r', amount: 1.5 }, 'amount'],
      [{ outRefundNo: 'r', amount: '1' }, 'amount'],
      [{ outRefundNo: 'r r', amount: 1 }, 'outRefundNo'],
      [{ outRefundNo: 'r', amount: 1, reason: 'x'.repeat(257) }, 'reason'],
      [{ outRefundNo: 'r', amount: 1, tip: 1 }, 'tip'],
      ['[1]', '(body)'],
    ];
    for (const [body, path] of cases) {
      const response = await refund('p-7', body);
      expect(response.status).toBe(400);
      expect((await readProblem(response)).errors?.map((error) => error.path)).toContain(path);
    }
    expect(await h.balanceOf(wallet.walletId)).toBe(9_000);
  });
});
