import { beforeEach, describe, expect, it } from 'vitest';
import {
  routePaymentCode,
  PROVIDERS,
  ISSUED_CODE_SHAPE,
  ONLINE_CODE_TTL_MS,
} from '../../protocol/payment-code.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { IssuedCodeSchema, WalletCreatedSchema, WalletViewSchema } from '../../protocol/wallets.ts';
import {
  ADMIN_TOKEN_FOR_TESTS,
  createHarness,
  readPayment,
  readProblem,
  TEST_START,
  type Harness,
} from '../test-support/harness.ts';

let h: Harness;

beforeEach(async () => {
  h = await createHarness();
});

describe('POST /wallets', () => {
  it('creates a wallet with the admin token: 201 with its id, token and balance', async () => {
    const response = await h.request('POST', apiPaths.wallets, {
      token: ADMIN_TOKEN_FOR_TESTS,
      body: { name: 'Dana', balance: 5000 },
    });
    expect(response.status).toBe(201);
    const created = WalletCreatedSchema.parse(await response.json());
    expect(created.walletId).toMatch(/^w_[A-Za-z0-9]+$/);
    expect(created.balance).toBe(5000);
    expect(await h.balanceOf(created.walletId)).toBe(5000);
  });

  it('is open in demo mode', async () => {
    const response = await h.request('POST', apiPaths.wallets, {
      body: { name: 'Eve', balance: 0 },
    });
    expect(response.status).toBe(201);
  });

  it('needs the admin token outside demo mode', async () => {
    const closed = await createHarness({ demo: false });
    const anonymous = await closed.request('POST', apiPaths.wallets, {
      body: { name: 'Eve', balance: 0 },
    });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('WWW-Authenticate')).toBe('Bearer');
    const wrong = await closed.request('POST', apiPaths.wallets, {
      token: 'not-the-token',
      body: { name: 'Eve', balance: 0 },
    });
    expect((await readProblem(wrong)).code).toBe('UNAUTHENTICATED');

    const wallet = await closed.createWallet(100);
    const withWalletToken = await closed.request('POST', apiPaths.wallets, {
      token: wallet.token,
      body: { name: 'Eve', balance: 0 },
    });
    expect(withWalletToken.status).toBe(403);
  });

  it.each([
    [{ name: '', balance: 0 }, 'name'],
    [{ name: 'Eve', balance: -1 }, 'balance'],
    [{ name: 'Eve', balance: 1.5 }, 'balance'],
    [{ name: 'Eve' }, 'balance'],
    [{ name: 'Eve', balance: 0, vip: true }, 'vip'],
  ])('answers 400 naming the bad field for %j', async (body, path) => {
    const response = await h.request('POST', apiPaths.wallets, {
      token: ADMIN_TOKEN_FOR_TESTS,
      body,
    });
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors?.map((error) => error.path)).toContain(path);
  });
});

describe('GET /wallets/{walletId}', () => {
  it('shows the balance and the latest payments, newest first', async () => {
    const wallet = await h.createWallet(10_000, 'Dana');
    const terminal = await h.createTerminal();
    await h.pay(terminal, h.payRequest({ authCode: await h.issueCode(wallet), amount: 300 }));
    h.advance(1000);
    await h.pay(terminal, h.payRequest({ authCode: await h.issueCode(wallet), amount: 20_000 }));

    const response = await h.request('GET', apiPaths.wallet(wallet.walletId), {
      token: wallet.token,
    });
    expect(response.status).toBe(200);
    const view = WalletViewSchema.parse(await response.json());
    expect(view).toMatchObject({ walletId: wallet.walletId, name: 'Dana', balance: 9700 });
    expect(view.recent.map((activity) => [activity.amount, activity.status])).toEqual([
      [20_000, 'FAILED'],
      [300, 'SUCCESS'],
    ]);
    expect(view.recent[1]).toMatchObject({
      provider: 'alipay',
      merchantName: 'Saoma Demo Shop',
      at: new Date(TEST_START).toISOString(),
    });
  });

  it('keeps only the last 10', async () => {
    const wallet = await h.createWallet(10_000);
    const terminal = await h.createTerminal();
    for (let i = 1; i <= 12; i++) {
      await h.pay(terminal, h.payRequest({ authCode: await h.issueCode(wallet), amount: i }));
      h.advance(1);
    }
    const response = await h.request('GET', apiPaths.wallet(wallet.walletId), {
      token: wallet.token,
    });
    const { recent } = WalletViewSchema.parse(await response.json());
    expect(recent.map((activity) => activity.amount)).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3]);
  });

  it('lets the admin read any wallet', async () => {
    const wallet = await h.createWallet(42);
    const response = await h.request('GET', apiPaths.wallet(wallet.walletId), {
      token: ADMIN_TOKEN_FOR_TESTS,
    });
    expect(WalletViewSchema.parse(await response.json()).balance).toBe(42);
  });

  it('answers 403 to the token of another wallet', async () => {
    const mine = await h.createWallet(1);
    const theirs = await h.createWallet(2);
    const response = await h.request('GET', apiPaths.wallet(theirs.walletId), {
      token: mine.token,
    });
    expect(response.status).toBe(403);
    expect((await readProblem(response)).code).toBe('FORBIDDEN');
  });

  it('answers 401 without a valid token', async () => {
    const wallet = await h.createWallet(1);
    expect((await h.request('GET', apiPaths.wallet(wallet.walletId))).status).toBe(401);
    const wrong = await h.request('GET', apiPaths.wallet(wallet.walletId), { token: 'nope' });
    expect(wrong.status).toBe(401);
  });

  it('answers 404 for an unknown wallet and 400 naming walletId for a malformed one', async () => {
    const unknown = await h.request('GET', apiPaths.wallet('w_doesNotExist'), {
      token: ADMIN_TOKEN_FOR_TESTS,
    });
    expect(unknown.status).toBe(404);
    expect((await readProblem(unknown)).code).toBe('NOT_FOUND');

    const malformed = await h.request('GET', apiPaths.wallet('alice'), {
      token: ADMIN_TOKEN_FOR_TESTS,
    });
    expect(malformed.status).toBe(400);
    expect((await readProblem(malformed)).errors).toEqual([
      { path: 'walletId', message: 'not a wallet id' },
    ]);
  });
});

describe('POST /wallets/{walletId}/codes', () => {
  it.each(PROVIDERS)('issues a fresh %s code that the terminal routes to it', async (provider) => {
    const wallet = await h.createWallet(1);
    const response = await h.request('POST', apiPaths.walletCodes(wallet.walletId), {
      token: wallet.token,
      body: { provider },
    });
    expect(response.status).toBe(201);
    const issued = IssuedCodeSchema.parse(await response.json());
    expect(issued.authCode).toHaveLength(ISSUED_CODE_SHAPE[provider].length);
    expect(routePaymentCode(issued.authCode)).toEqual({
      ok: true,
      provider,
      code: issued.authCode,
    });
    expect(issued.expiresAt).toBe(new Date(TEST_START + 60_000).toISOString());
  });

  it('issues a different code every time', async () => {
    const wallet = await h.createWallet(1);
    const codes = new Set<string>();
    for (let i = 0; i < 20; i++) {
      codes.add(await h.issueCode(wallet, 'unionpay'));
      // Past its expiry, so the wallet's cap on unused codes never comes into it.
      h.advance(ONLINE_CODE_TTL_MS);
    }
    expect(codes.size).toBe(20);
  });

  it('is for the wallet itself only', async () => {
    const mine = await h.createWallet(1);
    const theirs = await h.createWallet(1);
    const other = await h.request('POST', apiPaths.walletCodes(theirs.walletId), {
      token: mine.token,
      body: { provider: 'alipay' },
    });
    expect(other.status).toBe(403);
    const admin = await h.request('POST', apiPaths.walletCodes(theirs.walletId), {
      token: ADMIN_TOKEN_FOR_TESTS,
      body: { provider: 'alipay' },
    });
    expect(admin.status).toBe(403);
  });

  it('answers 400 naming provider for an unknown provider', async () => {
    const wallet = await h.createWallet(1);
    const response = await h.request('POST', apiPaths.walletCodes(wallet.walletId), {
      token: wallet.token,
      body: { provider: 'paypal' },
    });
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors?.[0]?.path).toBe('provider');
  });

  it('issues codes that pay', async () => {
    const wallet = await h.createWallet(10_000);
    const terminal = await h.createTerminal();
    const payment = await readPayment(
      await h.pay(terminal, h.payRequest({ authCode: await h.issueCode(wallet, 'wechat') })),
    );
    expect(payment).toMatchObject({ status: 'SUCCESS', provider: 'wechat' });
  });
});
