import { describe, expect, it } from 'vitest';
import { feeFor } from '../../protocol/money.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { WalletCreatedSchema } from '../../protocol/wallets.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readPayment,
  readProblem,
} from '../test-support/harness.ts';

describe('wallet payment limits', () => {
  it('declines a payment over the wallet’s limit with LIMIT_EXCEEDED, and kills the code', async () => {
    const h = await createHarness();
    const terminal = await h.createTerminal();
    const created = await h.request('POST', apiPaths.wallets, {
      token: ADMIN_TOKEN_FOR_TESTS,
      body: { name: 'Capped', balance: 100_000, paymentLimit: 5_000 },
    });
    const wallet = WalletCreatedSchema.parse(await created.json());
    const authCode = await h.issueCode(wallet);
    const over = await h.pay(terminal, h.payRequest({ authCode, amount: 5_001 }));
    expect(await over.json()).toMatchObject({
      status: 'FAILED',
      fee: 0,
      failure: { code: 'LIMIT_EXCEEDED' },
    });
    const again = await h.pay(terminal, h.payRequest({ authCode, amount: 5_000 }));
    expect(await again.json()).toMatchObject({ failure: { code: 'CODE_USED' } });
    expect((await h.payFrom(terminal, wallet, { amount: 5_000 })).status).toBe('SUCCESS');
    expect(await h.balanceOf(wallet.walletId)).toBe(95_000);
  });

  it('refuses a limit that is not a payment amount', async () => {
    const h = await createHarness();
    for (const paymentLimit of [0, -1, 1.5, 100_000_001, '5000']) {
      const response = await h.request('POST', apiPaths.wallets, {
        token: ADMIN_TOKEN_FOR_TESTS,
        body: { name: 'Bad', balance: 0, paymentLimit },
      });
      expect(response.status).toBe(400);
      expect((await readProblem(response)).errors?.[0]?.path).toBe('paymentLimit');
    }
  });
});

describe('fees per provider', () => {
  it('charges each provider its own rate, fixed on the payment when it is made', async () => {
    const h = await createHarness({ fees: { alipay: 3800, wechat: 6000, unionpay: 0 } });
    const terminal = await h.createTerminal();
    const wallet = await h.createWallet(1_000_000);
    const fees: Record<string, number> = {};
    for (const provider of ['alipay', 'wechat', 'unionpay'] as const) {
      const authCode = await h.issueCode(wallet, provider);
      const response = await h.pay(terminal, h.payRequest({ authCode, amount: 12_345 }));
      fees[provider] = (await readPayment(response)).fee;
    }
    expect(fees).toEqual({
      alipay: feeFor(12_345, 3800),
      wechat: feeFor(12_345, 6000),
      unionpay: 0,
    });
  });
});
