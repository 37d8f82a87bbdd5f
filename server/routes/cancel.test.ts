import { beforeEach, describe, expect, it } from 'vitest';
import { feeFor } from '../../protocol/money.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { CANCEL_WINDOW_MS } from '../../protocol/payments.ts';
import { SettlementSchema } from '../../protocol/settlements.ts';
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

function cancel(outTradeNo: string, body?: unknown, till = terminal) {
  return h.signed(till, 'POST', apiPaths.paymentCancel(outTradeNo), body);
}

describe('POST /payments/{outTradeNo}/cancel', () => {
  it('closes a paid payment and returns all of the money', async () => {
    const wallet = await h.createWallet(10_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'c-1', amount: 2_000 });
    h.advance(60_000);
    const response = await cancel('c-1');
    expect(response.status).toBe(200);
    const closed = await readPayment(response);
    expect(closed).toMatchObject({ status: 'CLOSED', amount: 2_000, refundedAmount: 2_000 });
    // closedAt dates the CANCEL line, so the terminal can match it.
    const day = (closed.closedAt ?? '').slice(0, 10);
    const statement = await h.signed(terminal, 'GET', apiPaths.settlement(day));
    const { lines } = SettlementSchema.parse(await statement.json());
    expect(lines.find((line) => line.type === 'CANCEL')?.at).toBe(closed.closedAt);
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000);
  });

  it('is idempotent: a second cancel changes nothing and answers the same', async () => {
    const wallet = await h.createWallet(10_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'c-2', amount: 2_000 });
    const first = await readPayment(await cancel('c-2'));
    const second = await readPayment(await cancel('c-2', {}));
    expect(second).toEqual(first);
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000);
  });

  it('returns only what partial refunds left, and the ledger adds up', async () => {
    const wallet = await h.createWallet(10_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'c-3', amount: 2_000 });
    const refund = await h.signed(terminal, 'POST', apiPaths.paymentRefunds('c-3'), {
      outRefundNo: 'r-1',
      amount: 500,
    });
    expect(refund.status).toBe(200);
    expect(await readPayment(await cancel('c-3'))).toMatchObject({ refundedAmount: 2_000 });
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000);
    const day = await h.signed(terminal, 'GET', apiPaths.settlement('2026-11-21'));
    const { lines, totals } = SettlementSchema.parse(await day.json());
    expect(lines.map((line) => [line.type, line.amount])).toEqual([
      ['PAYMENT', 2_000],
      ['REFUND', 500],
      ['CANCEL', 1_500],
    ]);
    expect(totals).toEqual({ gross: 2_000, refunds: 2_000, fees: 0, net: 0, count: 1 });
    expect(lines.reduce((sum, line) => sum + (line.type === 'PAYMENT' ? 0 : line.fee), 0)).toBe(
      feeFor(2_000),
    );
  });

  it('leaves a declined payment FAILED', async () => {
    const wallet = await h.createWallet(100);
    const declined = await h.payFrom(terminal, wallet, { outTradeNo: 'c-4', amount: 2_000 });
    expect(declined.status).toBe('FAILED');
    expect(await readPayment(await cancel('c-4'))).toEqual(declined);
  });

  it('refuses after 24 hours with CANCEL_WINDOW_CLOSED and changes nothing', async () => {
    const wallet = await h.createWallet(10_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'c-5', amount: 2_000 });
    h.advance(CANCEL_WINDOW_MS + 1);
    const response = await cancel('c-5');
    expect(response.status).toBe(422);
    expect((await readProblem(response)).code).toBe('CANCEL_WINDOW_CLOSED');
    const query = await h.signed(terminal, 'GET', apiPaths.payment('c-5'));
    expect((await readPayment(query)).status).toBe('SUCCESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(8_000);
  });

  it('still works at exactly 24 hours', async () => {
    const wallet = await h.createWallet(10_000);
    await h.payFrom(terminal, wallet, { outTradeNo: 'c-6', amount: 2_000 });
    h.advance(CANCEL_WINDOW_MS);
    expect((await readPayment(await cancel('c-6'))).status).toBe('CLOSED');
  });

  it('answers 404 for an unknown payment, 403 for another merchant’s, 400 for a bad one', async () => {
    await h.store.transaction((r) =>
      r.merchants.insertMerchant({ id: 'm_other', name: 'Other shop' }, false, h.now()),
    );
    const otherTill = await h.createTerminal('m_other');
    const wallet = await h.createWallet(10_000);
    await h.payFrom(otherTill, wallet, { outTradeNo: 'theirs', amount: 2_000 });
    expect((await readProblem(await cancel('nobody'))).code).toBe('NOT_FOUND');
    expect((await readProblem(await cancel('theirs'))).code).toBe('FORBIDDEN');
    const bad = await cancel('no spaces');
    expect((await readProblem(bad)).errors?.[0]?.path).toBe('outTradeNo');
    const withFields = await cancel('theirs', { reason: 'x' }, otherTill);
    expect((await readProblem(withFields)).errors?.[0]?.path).toBe('reason');
    expect(await h.balanceOf(wallet.walletId)).toBe(8_000);
  });
});
