import { Hono } from 'hono';
import type { DemoInfo } from '../../protocol/demo.ts';
import type { Deps } from '../deps.ts';
import { defaultMerchant } from '../merchants/merchants.ts';
import { issuePairingCode } from '../terminals/pairing.ts';

/** Demo-mode helpers; the app mounts them only in demo mode, so they are 404 otherwise. */
export function demoRoutes(deps: Deps) {
  const { store, now } = deps;
  return new Hono()
    .get('/', (c) => {
      const info: DemoInfo = {
        demo: true,
        merchantName: defaultMerchant(store).name,
        wallets: store.wallets
          .listDemo()
          .map((wallet) => ({ walletId: wallet.id, name: wallet.name, token: wallet.token })),
      };
      return c.json(info, 200);
    })
    .post('/pairing-codes', (c) =>
      c.json(issuePairingCode(store, defaultMerchant(store).id, now()), 201),
    );
}
