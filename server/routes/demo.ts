import { Hono } from 'hono';
import type { DemoInfo } from '../../protocol/demo.ts';
import type { Deps } from '../deps.ts';
import { defaultMerchant } from '../merchants/merchants.ts';
import { issuePairingCode } from '../terminals/pairing.ts';

/** Demo-mode helpers; the app mounts them only in demo mode, so they are 404 otherwise. */
export function demoRoutes(deps: Deps) {
  const { store, now } = deps;
  return new Hono()
    .get('/', async (c) => {
      const { merchant, wallets } = await store.transaction(async (r) => ({
        merchant: await defaultMerchant(r),
        wallets: await r.wallets.listDemo(),
      }));
      const info: DemoInfo = {
        demo: true,
        merchantName: merchant.name,
        wallets: wallets.map((wallet) => ({
          walletId: wallet.id,
          name: wallet.name,
          token: wallet.token,
        })),
      };
      return c.json(info, 200);
    })
    .post('/pairing-codes', async (c) => {
      const code = await store.transaction(async (r) =>
        issuePairingCode(r, (await defaultMerchant(r)).id, now()),
      );
      return c.json(code, 201);
    });
}
