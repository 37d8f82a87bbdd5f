import { beforeEach, describe, expect, it } from 'vitest';
import { feeFor } from '../../protocol/money.ts';
import { apiPaths } from '../../protocol/paths.ts';
import {
  createHarness,
  readPayment,
  readProblem,
  TEST_START,
  type Harness,
  type TestTerminal,
} from '../test-support/harness.ts';

let h: Harness;
let terminal: TestTerminal;

beforeEach(async () => {
  h = await createHarness();
  terminal = await h.createTerminal();
});

describe('POST /payments', () => {
  it('debits the wallet and answers SUCCESS with the fee', async () => {
    const wallet = await h.createWallet(10_000);
    const authCode = await h.issueCode(wallet, 'wechat');
    const response = await h.pay(terminal, {
      outTradeNo: 'order-1',
      authCode,
      amount: 1250,
      currency: 'CNY',
      subject: 'Coffee',
    });

    expect(response.status).toBe(200);
    expect(response.headers.get('Idempotent-Replayed')).toBeNull();
    const payment = await readPayment(response);
    expect(payment).toMatchObject({
      outTradeNo: 'order-1',
      provider: 'wechat',
      status: 'SUCCESS',
      amount: 1250,
      currency: 'CNY',
      fee: feeFor(1250),
      refundedAmount: 0,
      createdAt: new Date(TEST_START).toISOString(),
      paidAt: new Date(TEST_START).toISOString(),
    });
    expect(payment.fee).toBe(5);
    expect(payment.failure).toBeUndefined();
    expect(payment.tradeNo).toMatch(/^20261121\d{20}$/);
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  });

  it('declines an unknown code with CODE_INVALID and no fee', async () => {
    const payment = await readPayment(
      await h.pay(terminal, h.payRequest({ authCode: '280000000000000000' })),
    );
    expect(payment).toMatchObject({ status: 'FAILED', provider: 'alipay', fee: 0 });
    expect(payment.failure?.code).toBe('CODE_INVALID');
    expect(payment.failure?.message).toMatch(/does not know/);
    expect(payment.paidAt).toBeUndefined();
  });

  it('declines a code presented after its 60 s with CODE_EXPIRED, judged by the server clock', async () => {
    const wallet = await h.createWallet(10_000);
    const authCode = await h.issueCode(wallet);
    h.advance(59_999);
    const inTime = await h.issueCode(wallet);
    h.advance(1);

    const expired = await readPayment(await h.pay(terminal, h.payRequest({ authCode })));
    expect(expired.status).toBe('FAILED');
    expect(expired.failure?.code).toBe('CODE_EXPIRED');
    const paid = await readPayment(await h.pay(terminal, h.payRequest({ authCode: inTime })));
    expect(paid.status).toBe('SUCCESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  });

  it('declines a second presentation of a code with CODE_USED', async () => {
    const wallet = await h.createWallet(10_000);
    const authCode = await h.issueCode(wallet);
    await h.pay(terminal, h.payRequest({ authCode }));
    const again = await readPayment(await h.pay(terminal, h.payRequest({ authCode })));
    expect(again.failure?.code).toBe('CODE_USED');
    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
  });

  it('declines with INSUFFICIENT_FUNDS and still kills the code', async () => {
    const wallet = await h.createWallet(1000);
    const authCode = await h.issueCode(wallet);
    const declined = await readPayment(
      await h.pay(terminal, h.payRequest({ authCode, amount: 1001 })),
    );
    expect(declined).toMatchObject({ status: 'FAILED', fee: 0 });
    expect(declined.failure?.code).toBe('INSUFFICIENT_FUNDS');
    expect(await h.balanceOf(wallet.walletId)).toBe(1000);

    const retried = await readPayment(
      await h.pay(terminal, h.payRequest({ authCode, amount: 1000 })),
    );
    expect(retried.failure?.code).toBe('CODE_USED');
    expect(await h.balanceOf(wallet.walletId)).toBe(1000);
  });

  it('charges the whole balance exactly', async () => {
    const wallet = await h.createWallet(1250);
    const authCode = await h.issueCode(wallet, 'unionpay');
    const payment = await readPayment(await h.pay(terminal, h.payRequest({ authCode })));
    expect(payment).toMatchObject({ status: 'SUCCESS', provider: 'unionpay' });
    expect(await h.balanceOf(wallet.walletId)).toBe(0);
  });

  describe('idempotency by outTradeNo', () => {
    it('answers a retry with the stored payment and debits once', async () => {
      const wallet = await h.createWallet(10_000);
      const authCode = await h.issueCode(wallet);
      const body = h.payRequest({ authCode, subject: 'Tea' });
      const first = await readPayment(await h.pay(terminal, body));
      h.advance(120_000);

      const response = await h.pay(terminal, body);
      expect(response.status).toBe(200);
      expect(response.headers.get('Idempotent-Replayed')).toBe('true');
      expect(await readPayment(response)).toEqual(first);
      expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
    });

    it('replays a decline as it was, without judging the code again', async () => {
      const wallet = await h.createWallet(100);
      const authCode = await h.issueCode(wallet);
      const body = h.payRequest({ authCode });
      const first = await readPayment(await h.pay(terminal, body));
      expect(first.failure?.code).toBe('INSUFFICIENT_FUNDS');
      expect(await readPayment(await h.pay(terminal, body))).toEqual(first);
    });

    it('refuses the same outTradeNo with other parameters: 422 IDEMPOTENCY_MISMATCH', async () => {
      const wallet = await h.createWallet(10_000);
      const authCode = await h.issueCode(wallet);
      const body = h.payRequest({ authCode });
      await h.pay(terminal, body);

      for (const changed of [
        { ...body, amount: 1251 },
        { ...body, subject: 'Something else' },
        { ...body, authCode: await h.issueCode(wallet) },
      ]) {
        const response = await h.pay(terminal, changed);
        expect(response.status).toBe(422);
        const problem = await readProblem(response);
        expect(problem.code).toBe('IDEMPOTENCY_MISMATCH');
        expect(problem.type).toBe('urn:saoma:problem:IDEMPOTENCY_MISMATCH');
      }
      expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
    });

    it('keeps outTradeNo unique per merchant, not across merchants', async () => {
      await h.store.transaction((r) =>
        r.merchants.insertMerchant({ id: 'm_other', name: 'Other shop' }, false, h.now()),
      );
      const other = await h.createTerminal('m_other');
      const wallet = await h.createWallet(10_000);
      const mine = await readPayment(
        await h.pay(terminal, {
          ...h.payRequest({ authCode: await h.issueCode(wallet) }),
          outTradeNo: 'same',
        }),
      );
      const theirs = await readPayment(
        await h.pay(other, {
          ...h.payRequest({ authCode: await h.issueCode(wallet) }),
          outTradeNo: 'same',
        }),
      );
      expect(mine.status).toBe('SUCCESS');
      expect(theirs.status).toBe('SUCCESS');
      expect(theirs.tradeNo).not.toBe(mine.tradeNo);
    });
  });

  describe('validation', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['an unknown field', { tip: 100 }, 'tip'],
      ['amount 0', { amount: 0 }, 'amount'],
      ['a fractional amount', { amount: 12.5 }, 'amount'],
      ['an amount over the maximum', { amount: 100_000_001 }, 'amount'],
      ['a string amount', { amount: '1250' }, 'amount'],
      ['a bad outTradeNo', { outTradeNo: 'has space' }, 'outTradeNo'],
      ['a too long outTradeNo', { outTradeNo: 'x'.repeat(65) }, 'outTradeNo'],
      ['currency USD', { currency: 'USD' }, 'currency'],
      ['a text that is no payment code', { authCode: 'https://example.com/pay' }, 'authCode'],
      ['a code of no provider', { authCode: '990000000000000000' }, 'authCode'],
      ['an offline sale', { offline: true }, 'offline'],
      ['a capturedAt that is no ISO time', { capturedAt: 'yesterday' }, 'capturedAt'],
    ];

    it.each(cases)(
      'answers 400 naming the field for %s and stores nothing',
      async (_, change, path) => {
        const wallet = await h.createWallet(10_000);
        const authCode = await h.issueCode(wallet);
        const body = { ...h.payRequest({ authCode }), ...change };
        const response = await h.pay(terminal, body);

        expect(response.status).toBe(400);
        const problem = await readProblem(response);
        expect(problem.code).toBe('VALIDATION_FAILED');
        expect(problem.errors?.map((error) => error.path)).toContain(path);
        expect(await h.balanceOf(wallet.walletId)).toBe(10_000);
        // Nothing was stored and the code is still alive: the corrected request goes through.
        const fixed = await readPayment(await h.pay(terminal, h.payRequest({ authCode })));
        expect(fixed.status).toBe('SUCCESS');
      },
    );

    it('answers 400 for malformed JSON without echoing it', async () => {
      const response = await h.pay(terminal, '{"authCode": "281234567890123456",');
      expect(response.status).toBe(400);
      const problem = await readProblem(response);
      expect(problem.errors).toEqual([{ path: '(body)', message: 'must be valid JSON' }]);
      expect(JSON.stringify(problem)).not.toContain('281234567890123456');
    });

    it('answers 400 for a JSON body that is not an object', async () => {
      const response = await h.pay(terminal, '[1, 2]');
      expect(response.status).toBe(400);
      expect((await readProblem(response)).errors?.[0]?.path).toBe('(body)');
    });

    it('names every bad field at once', async () => {
      const response = await h.pay(terminal, {
        outTradeNo: '',
        amount: -1,
        currency: 'USD',
        a: 1,
        b: 2,
      });
      const paths = (await readProblem(response)).errors?.map((error) => error.path);
      expect(paths).toEqual(
        expect.arrayContaining(['outTradeNo', 'authCode', 'amount', 'currency', 'a', 'b']),
      );
    });
  });
});

describe('GET /payments/{outTradeNo}', () => {
  it('returns the stored payment', async () => {
    const wallet = await h.createWallet(10_000);
    const paid = await readPayment(
      await h.pay(terminal, h.payRequest({ authCode: await h.issueCode(wallet) })),
    );
    const response = await h.signed(terminal, 'GET', apiPaths.payment(paid.outTradeNo));
    expect(response.status).toBe(200);
    expect(await readPayment(response)).toEqual(paid);
  });

  it('answers 404 for an unknown payment', async () => {
    const response = await h.signed(terminal, 'GET', apiPaths.payment('nope'));
    expect(response.status).toBe(404);
    expect((await readProblem(response)).code).toBe('NOT_FOUND');
  });

  it("answers 403 for another merchant's payment", async () => {
    await h.store.transaction((r) =>
      r.merchants.insertMerchant({ id: 'm_other', name: 'Other shop' }, false, h.now()),
    );
    const other = await h.createTerminal('m_other');
    const wallet = await h.createWallet(10_000);
    const paid = await readPayment(
      await h.pay(other, h.payRequest({ authCode: await h.issueCode(wallet) })),
    );
    const response = await h.signed(terminal, 'GET', apiPaths.payment(paid.outTradeNo));
    expect(response.status).toBe(403);
    expect((await readProblem(response)).code).toBe('FORBIDDEN');
  });

  it('answers 400 naming outTradeNo for a malformed one', async () => {
    const response = await h.signed(terminal, 'GET', apiPaths.payment('bad.no'));
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors?.[0]?.path).toBe('outTradeNo');
  });

  it('requires a signature', async () => {
    const response = await h.request('GET', apiPaths.payment('order-1'));
    expect(response.status).toBe(401);
    expect((await readProblem(response)).code).toBe('UNAUTHENTICATED');
  });
});
