import { describe, expect, it } from 'vitest';
import { DemoInfoSchema } from '../../protocol/demo.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { PairingCodeSchema, TerminalCredentialsSchema } from '../../protocol/terminals.ts';
import { WalletTokensSchema } from '../../protocol/wallet-pairing.ts';
import { WalletViewSchema } from '../../protocol/wallets.ts';
import { LOOPBACK_ONLY_DETAIL } from '../http/loopback-only.ts';
import { createHarness, readProblem } from '../test-support/harness.ts';

describe('demo mode', () => {
  it('lists the demo shop and its three funded wallets, without tokens', async () => {
    const h = await createHarness({ demo: true });
    const response = await h.request('GET', apiPaths.demo);
    expect(response.status).toBe(200);
    const json: unknown = await response.json();
    const info = DemoInfoSchema.parse(json);
    expect(info.merchantName).toBe('Saoma Demo Shop');
    expect(info.wallets.map((wallet) => wallet.name)).toEqual(['Alice', 'Bob', 'Chen Wei']);
    expect(JSON.stringify(json)).not.toMatch(/token/i);
  });

  it('mints fresh tokens of the demo wallets for each caller, and they all work', async () => {
    const h = await createHarness({ demo: true });
    const first = await h.request('POST', apiPaths.demoWalletTokens);
    expect(first.status).toBe(201);
    const mine = WalletTokensSchema.parse(await first.json()).wallets;
    expect(mine.map((wallet) => wallet.name)).toEqual(['Alice', 'Bob', 'Chen Wei']);
    const second = await h.request('POST', apiPaths.demoWalletTokens, { body: {} });
    const theirs = WalletTokensSchema.parse(await second.json()).wallets;
    expect(theirs.map((wallet) => wallet.walletId)).toEqual(mine.map((wallet) => wallet.walletId));

    for (const wallet of [...mine, ...theirs]) {
      expect(theirs.filter(({ token }) => token === wallet.token).length).toBeLessThanOrEqual(1);
      const view = await h.request('GET', apiPaths.wallet(wallet.walletId), {
        token: wallet.token,
      });
      expect(WalletViewSchema.parse(await view.json()).balance).toBe(1_000_000);
    }
    expect(new Set([...mine, ...theirs].map(({ token }) => token)).size).toBe(6);
  });

  it('refuses a body with fields on POST /demo/wallet-tokens', async () => {
    const h = await createHarness({ demo: true });
    const response = await h.request('POST', apiPaths.demoWalletTokens, {
      body: { walletId: 'w_x' },
    });
    expect(response.status).toBe(400);
    expect((await readProblem(response)).errors).toEqual([
      { path: 'walletId', message: 'is not a known field' },
    ]);
  });

  it('hands out pairing codes without a token, so the served terminal pairs itself', async () => {
    const h = await createHarness({ demo: true });
    const issued = await h.request('POST', apiPaths.demoPairingCodes);
    expect(issued.status).toBe(201);
    const { code } = PairingCodeSchema.parse(await issued.json());
    const paired = await h.request('POST', apiPaths.pairings, {
      body: { code, name: 'Demo till' },
    });
    expect(paired.status).toBe(201);
    expect(TerminalCredentialsSchema.parse(await paired.json()).merchantId).toBe(
      h.boot.merchant.id,
    );
  });

  it('answers 404 for every demo endpoint when demo mode is off', async () => {
    const h = await createHarness({ demo: false });
    for (const [method, path] of [
      ['GET', apiPaths.demo],
      ['POST', apiPaths.demoPairingCodes],
      ['POST', apiPaths.demoWalletTokens],
    ] as const) {
      const response = await h.request(method, path);
      expect(response.status).toBe(404);
      expect((await readProblem(response)).code).toBe('NOT_FOUND');
    }
    expect(h.boot.demoWallets).toEqual([]);
  });
});

describe('the loopback gate on demo self-service', () => {
  const GATED = [
    ['GET', apiPaths.demo, undefined],
    ['POST', apiPaths.demoPairingCodes, undefined],
    ['POST', apiPaths.demoWalletTokens, {}],
    ['POST', apiPaths.wallets, { name: 'Mallory', balance: 100_000_000 }],
  ] as const;

  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])(
    'answers a connection from %s (this machine)',
    async (from) => {
      const h = await createHarness({ demo: true });
      for (const [method, path, body] of GATED) {
        const response = await h.request(method, path, { from, body });
        expect(response.status, `${method} ${path}`).toBeLessThan(300);
      }
    },
  );

  it.each(['10.231.0.2', '192.168.1.20', '::ffff:192.168.1.20', 'fd00::2', '172.16.0.9'])(
    'refuses a connection from %s with 403, even with forged headers, and changes nothing',
    async (from) => {
      const h = await createHarness({ demo: true });
      const forged = {
        'X-Forwarded-For': '127.0.0.1',
        Forwarded: 'for=127.0.0.1',
        'X-Real-IP': '127.0.0.1',
        Host: 'localhost',
      };
      for (const headers of [{}, forged]) {
        for (const [method, path, body] of GATED) {
          const response = await h.request(method, path, { from, body, headers });
          expect(response.status, `${method} ${path}`).toBe(403);
          const problem = await readProblem(response);
          expect(problem.code).toBe('FORBIDDEN');
          expect(problem.detail).toBe(LOOPBACK_ONLY_DETAIL);
          expect(problem.detail).toContain('npm run pair');
        }
      }
      // No wallet was made.
      expect(await h.store.transaction((r) => r.wallets.totalBalance())).toBe(3 * 1_000_000);
    },
  );

  it('refuses a request with no socket at all (not known to be loopback)', async () => {
    const h = await createHarness({ demo: true });
    const response = await h.app.request(apiPaths.demo);
    expect(response.status).toBe(403);
  });

  it('still lets the admin token create wallets from anywhere in demo mode', async () => {
    const h = await createHarness({ demo: true });
    const response = await h.request('POST', apiPaths.wallets, {
      from: '192.168.1.20',
      token: 'test-admin-token',
      body: { name: 'Shop float', balance: 100 },
    });
    expect(response.status).toBe(201);
    const wrong = await h.request('POST', apiPaths.wallets, {
      from: '192.168.1.20',
      token: 'not-the-admin-token',
      body: { name: 'Mallory', balance: 100 },
    });
    expect(wrong.status).toBe(403);
  });
});
