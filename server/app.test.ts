import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiPaths } from '../protocol/paths.ts';
import { createHarness, readPayment, readProblem } from './test-support/harness.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the app', () => {
  it('answers unknown API routes with a 404 problem', async () => {
    const h = await createHarness();
    for (const [method, url] of [
      ['GET', '/api/v1/nothing'],
      ['DELETE', apiPaths.wallets],
      ['GET', '/api'],
      ['POST', '/not-api'],
    ] as const) {
      const response = await h.request(method, url);
      expect(response.status).toBe(404);
      const problem = await readProblem(response);
      expect(problem).toMatchObject({
        type: 'urn:saoma:problem:NOT_FOUND',
        status: 404,
        code: 'NOT_FOUND',
      });
      expect(problem.title).not.toBe('');
    }
  });

  it('marks API answers no-store', async () => {
    const h = await createHarness();
    const response = await h.request('GET', apiPaths.demo);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('turns an unexpected exception into a 500 INTERNAL problem without leaking it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const h = await createHarness();
    await h.store.close();
    const response = await h.request('GET', apiPaths.demo);
    expect(response.status).toBe(500);
    const problem = await readProblem(response);
    expect(problem.code).toBe('INTERNAL');
    expect(JSON.stringify(problem)).not.toMatch(/database|at .*\.ts/i);
    expect(logged).toHaveBeenCalled();
  });

  it('changes no balance and stores no payment when a request fails', async () => {
    const h = await createHarness();
    const terminal = await h.createTerminal();
    const wallet = await h.createWallet(10_000);
    const authCode = await h.issueCode(wallet);
    const good = h.payRequest({ authCode });
    const paid = await readPayment(await h.pay(terminal, good));

    const failures = [
      await h.pay(terminal, { ...good, amount: 1 }),
      await h.pay(terminal, { ...h.payRequest({ authCode }), currency: 'USD' }),
      await h.pay(terminal, h.payRequest({ authCode }), { ts: h.now() - 3_600_000 }),
      await h.pay(terminal, h.payRequest({ authCode }), { sendBody: '{}' }),
      await h.request('POST', apiPaths.payments, { body: h.payRequest({ authCode }) }),
    ];
    expect(failures.map((response) => response.status)).toEqual([422, 400, 401, 401, 401]);

    expect(await h.balanceOf(wallet.walletId)).toBe(10_000 - 1250);
    expect(
      await h.store.transaction((r) => r.payments.recentForWallet(wallet.walletId, 100)),
    ).toHaveLength(1);
    expect(
      (await h.store.transaction((r) => r.payments.find(terminal.merchantId, paid.outTradeNo)))
        ?.amount,
    ).toBe(1250);
  });
});
