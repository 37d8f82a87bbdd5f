import { beforeEach, describe, expect, it } from 'vitest';
import { feeFor } from '../../protocol/money.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { CONFIRMATION_THRESHOLD, CONFIRMATION_TIMEOUT_MS } from '../../protocol/payments.ts';
import { CustomerPaymentSchema, PendingListSchema } from '../../protocol/wallets.ts';
import { closeOverduePayments } from '../payments/timeout.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readPayment,
  readProblem,
  TEST_START,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';

let h: Harness;
let terminal: TestTerminal;
const BIG = CONFIRMATION_THRESHOLD + 1;

beforeEach(async () => {
  h = await createHarness();
  terminal = await h.createTerminal();
});

async function query(outTradeNo: string) {
  return readPayment(await h.signed(terminal, 'GET', apiPaths.payment(outTradeNo)));
}

describe('USERPAYING: amounts above 1,000.00 wait for the customer', () => {
  it('settles 1,000.00 at once and holds 1,000.01 without moving money', async () => {
    const wallet = await h.createWallet(500_000);
    const small = await h.payFrom(terminal, wallet, { amount: CONFIRMATION_THRESHOLD });
    expect(small.status).toBe('SUCCESS');
    const big = await h.payFrom(terminal, wallet, { amount: BIG });
    expect(big).toMatchObject({ status: 'USERPAYING', fee: 0 });
    expect(big.paidAt).toBeUndefined();
    expect(await h.balanceOf(wallet.walletId)).toBe(500_000 - CONFIRMATION_THRESHOLD);
  });

  it('lists the payment as pending for its customer, with the moment it will be closed', async () => {
    const wallet = await h.createWallet(500_000);
    const big = await h.payFrom(terminal, wallet, { amount: BIG });
    const response = await h.request('GET', apiPaths.walletPending(wallet.walletId), {
      token: wallet.token,
    });
    expect(response.status).toBe(200);
    const { pending } = PendingListSchema.parse(await response.json());
    expect(pending).toEqual([
      {
        tradeNo: big.tradeNo,
        merchantName: 'Saoma Demo Shop',
        provider: 'alipay',
        amount: BIG,
        currency: 'CNY',
        status: 'USERPAYING',
        createdAt: new Date(TEST_START).toISOString(),
        expiresAt: new Date(TEST_START + CONFIRMATION_TIMEOUT_MS).toISOString(),
      },
    ]);
  });

  it('takes the money when the customer confirms; the terminal then sees SUCCESS', async () => {
    const wallet = await h.createWallet(500_000);
    const big = await h.payFrom(terminal, wallet, { amount: BIG, outTradeNo: 'big-1' });
    h.advance(10_000);
    const response = await h.decide(wallet, big.tradeNo, 'confirm');
    expect(response.status).toBe(200);
    expect(CustomerPaymentSchema.parse(await response.json()).status).toBe('SUCCESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(500_000 - BIG);
    expect(await query('big-1')).toMatchObject({
      status: 'SUCCESS',
      fee: feeFor(BIG),
      paidAt: new Date(TEST_START + 10_000).toISOString(),
    });
  });

  it('fails USER_REJECTED when the customer rejects, and moves nothing', async () => {
    const wallet = await h.createWallet(500_000);
    const big = await h.payFrom(terminal, wallet, { amount: BIG, outTradeNo: 'big-2' });
    expect((await h.decide(wallet, big.tradeNo, 'reject')).status).toBe(200);
    expect(await query('big-2')).toMatchObject({
      status: 'FAILED',
      failure: { code: 'USER_REJECTED' },
    });
    expect(await h.balanceOf(wallet.walletId)).toBe(500_000);
  });

  it('fails INSUFFICIENT_FUNDS when the money is gone by the time the customer confirms', async () => {
    const wallet = await h.createWallet(BIG - 1);
    const big = await h.payFrom(terminal, wallet, { amount: BIG, outTradeNo: 'big-3' });
    const response = await h.decide(wallet, big.tradeNo, 'confirm');
    expect(CustomerPaymentSchema.parse(await response.json())).toMatchObject({
      status: 'FAILED',
      failure: { code: 'INSUFFICIENT_FUNDS' },
    });
    expect(await h.balanceOf(wallet.walletId)).toBe(BIG - 1);
  });

  it('is closed by the wallet with PAYMENT_TIMEOUT after 45 s, at the deadline', async () => {
    const wallet = await h.createWallet(500_000);
    const big = await h.payFrom(terminal, wallet, { amount: BIG, outTradeNo: 'big-4' });
    h.advance(CONFIRMATION_TIMEOUT_MS - 1);
    expect((await query('big-4')).status).toBe('USERPAYING');
    h.advance(1);
    expect(await query('big-4')).toMatchObject({
      status: 'CLOSED',
      failure: { code: 'PAYMENT_TIMEOUT' },
    });
    const late = await h.decide(wallet, big.tradeNo, 'confirm');
    expect(late.status).toBe(422);
    expect((await readProblem(late)).code).toBe('NOT_PENDING');
    const list = await h.request('GET', apiPaths.walletPending(wallet.walletId), {
      token: wallet.token,
    });
    expect(PendingListSchema.parse(await list.json()).pending).toEqual([]);
    expect(await h.balanceOf(wallet.walletId)).toBe(500_000);
  });

  it('is closed by the sweeper too, without anyone asking', async () => {
    const wallet = await h.createWallet(500_000);
    await h.payFrom(terminal, wallet, { amount: BIG, outTradeNo: 'big-5' });
    expect(await closeOverduePayments(h.store, TEST_START + CONFIRMATION_TIMEOUT_MS - 1)).toBe(0);
    expect(await closeOverduePayments(h.store, TEST_START + CONFIRMATION_TIMEOUT_MS + 1)).toBe(1);
    const stored = await h.store.transaction((r) => r.payments.find(terminal.merchantId, 'big-5'));
    expect(stored).toMatchObject({ status: 'CLOSED', failureCode: 'PAYMENT_TIMEOUT' });
  });

  it('answers a repeated pay call with the payment as it stands now', async () => {
    const wallet = await h.createWallet(500_000);
    const authCode = await h.issueCode(wallet);
    const body = { outTradeNo: 'big-6', authCode, amount: BIG, currency: 'CNY' };
    const first = await readPayment(await h.pay(terminal, body));
    await h.decide(wallet, first.tradeNo, 'confirm');
    const again = await h.pay(terminal, body);
    expect(again.headers.get('Idempotent-Replayed')).toBe('true');
    expect((await readPayment(again)).status).toBe('SUCCESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(500_000 - BIG);
  });

  it('lets only the customer decide, and only on their own payments', async () => {
    const wallet = await h.createWallet(500_000);
    const other = await h.createWallet(500_000);
    const big = await h.payFrom(terminal, wallet, { amount: BIG });
    const path = apiPaths.walletPendingDecision(wallet.walletId, big.tradeNo, 'confirm');
    expect((await h.request('POST', path)).status).toBe(401);
    expect((await h.request('POST', path, { token: ADMIN_TOKEN_FOR_TESTS })).status).toBe(403);
    expect((await h.request('POST', path, { token: other.token })).status).toBe(403);
    const foreign = apiPaths.walletPendingDecision(other.walletId, big.tradeNo, 'confirm');
    const notTheirs = await h.request('POST', foreign, { token: other.token });
    expect(notTheirs.status).toBe(404);
    const malformed = apiPaths.walletPendingDecision(wallet.walletId, 'nope', 'confirm');
    const bad = await h.request('POST', malformed, { token: wallet.token });
    expect((await readProblem(bad)).errors?.[0]?.path).toBe('tradeNo');
    const withBody = await h.request('POST', path, { token: wallet.token, body: { pin: 1 } });
    expect(withBody.status).toBe(400);
    expect(await h.balanceOf(wallet.walletId)).toBe(500_000);
  });

  it('cannot be confirmed once the cashier cancelled it', async () => {
    const wallet = await h.createWallet(500_000);
    const big = await h.payFrom(terminal, wallet, { amount: BIG, outTradeNo: 'big-7' });
    const cancel = await h.signed(terminal, 'POST', apiPaths.paymentCancel('big-7'));
    expect(await readPayment(cancel)).toMatchObject({ status: 'CLOSED', refundedAmount: 0 });
    const late = await h.decide(wallet, big.tradeNo, 'confirm');
    expect((await readProblem(late)).code).toBe('NOT_PENDING');
    expect(await h.balanceOf(wallet.walletId)).toBe(500_000);
  });
});
