import { describe, expect, it } from 'vitest';
import { DemoInfoSchema } from '../../protocol/demo.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { PairingCodeSchema, TerminalCredentialsSchema } from '../../protocol/terminals.ts';
import { WalletViewSchema } from '../../protocol/wallets.ts';
import { createHarness, readProblem } from '../test-support/harness.ts';

describe('demo mode', () => {
  it('lists the demo shop and its three funded wallets, with working tokens', async () => {
    const h = await createHarness({ demo: true });
    const response = await h.request('GET', apiPaths.demo);
    expect(response.status).toBe(200);
    const info = DemoInfoSchema.parse(await response.json());
    expect(info.merchantName).toBe('Saoma Demo Shop');
    expect(info.wallets.map((wallet) => wallet.name)).toEqual(['Alice', 'Bob', 'Chen Wei']);

    for (const wallet of info.wallets) {
      const view = await h.request('GET', apiPaths.wallet(wallet.walletId), {
        token: wallet.token,
      });
      expect(WalletViewSchema.parse(await view.json()).balance).toBe(1_000_000);
    }
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
    ] as const) {
      const response = await h.request(method, path);
      expect(response.status).toBe(404);
      expect((await readProblem(response)).code).toBe('NOT_FOUND');
    }
    expect(h.boot.demoWallets).toEqual([]);
  });
});
