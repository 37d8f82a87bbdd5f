import { Hono } from 'hono';
import { z } from 'zod';
import type { DemoInfo } from '../../protocol/demo.ts';
import type { WalletTokens } from '../../protocol/wallet-pairing.ts';
import type { Deps } from '../deps.ts';
import { loopbackOnly } from '../http/loopback-only.ts';
import { parseOptionalJsonBody } from '../http/read-body.ts';
import { defaultMerchant } from '../merchants/merchants.ts';
import { issuePairingCode } from '../terminals/pairing.ts';
import { mintWalletTokens } from '../wallets/wallet-tokens.ts';

const EmptySchema = z.strictObject({});

/**
 * Demo-mode helpers; the app mounts them only in demo mode, so they are 404 otherwise. They
 * answer only the server's own machine: a device on the network pairs with a code instead.
 */
export function demoRoutes(deps: Deps) {
  const { store, now } = deps;
  return new Hono()
    .use('*', loopbackOnly)
    .get('/', async (c) => {
      const { merchant, wallets } = await store.transaction(async (r) => ({
        merchant: await defaultMerchant(r),
        wallets: await r.wallets.listDemo(),
      }));
      const info: DemoInfo = {
        demo: true,
        merchantName: merchant.name,
        wallets: wallets.map((wallet) => ({ walletId: wallet.id, name: wallet.name })),
      };
      return c.json(info, 200);
    })
    .post('/pairing-codes', async (c) => {
      const code = await store.transaction(async (r) =>
        issuePairingCode(r, (await defaultMerchant(r)).id, now()),
      );
      return c.json(code, 201);
    })
    .post('/wallet-tokens', async (c) => {
      parseOptionalJsonBody(await c.req.text(), EmptySchema);
      const wallets = await store.transaction(async (r) =>
        mintWalletTokens(r, await r.wallets.listDemo(), now()),
      );
      const answer: WalletTokens = { wallets };
      return c.json(answer, 201);
    });
}
