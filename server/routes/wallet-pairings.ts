import { Hono } from 'hono';
import { WalletPairRequestSchema, type WalletTokens } from '../../protocol/wallet-pairing.ts';
import type { Deps } from '../deps.ts';
import { invalidField } from '../http/problem.ts';
import { readJsonBody } from '../http/read-body.ts';
import type { Store } from '../store/store.ts';
import { redeemWalletPairingCode, WalletPairingRace } from '../wallets/wallet-pairing.ts';

/** `POST /wallet-pairings` (open): trades a one-time wallet pairing code for wallet tokens. */
export function walletPairingRoutes(deps: Deps) {
  const { store, now, config } = deps;
  return new Hono().post('/', async (c) => {
    const body = await readJsonBody(c, WalletPairRequestSchema);
    const pairing = await redeemOnce(store, body.code, now(), config.demo);
    if (!pairing.ok) throw invalidField('code', pairing.message);
    const answer: WalletTokens = { wallets: pairing.wallets };
    return c.json(answer, 201);
  });
}

/** A code redeemed concurrently elsewhere reads as used, as it would a moment later. */
async function redeemOnce(store: Store, code: string, at: number, demo: boolean) {
  try {
    return await store.transaction((r) => redeemWalletPairingCode(r, code, at, demo));
  } catch (error) {
    if (error instanceof WalletPairingRace) {
      return { ok: false, message: 'was already used; ask for a new one' } as const;
    }
    throw error;
  }
}
