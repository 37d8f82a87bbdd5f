import { Hono } from 'hono';
import { CreatePairingCodeRequestSchema, PairRequestSchema } from '../../protocol/terminals.ts';
import { requireAdmin } from '../auth/admin-token.ts';
import type { Deps } from '../deps.ts';
import { invalidField } from '../http/problem.ts';
import { parseOptionalJsonBody, readJsonBody } from '../http/read-body.ts';
import { findMerchant } from '../merchants/merchants.ts';
import type { PairRequest } from '../../protocol/terminals.ts';
import type { Store } from '../store/store.ts';
import { issuePairingCode, PairingRace, redeemPairingCode } from '../terminals/pairing.ts';

/** `/pairing-codes` (admin) hands out one-time codes; `/pairings` (open) trades one for credentials. */
export function pairingRoutes(deps: Deps) {
  const { store, now } = deps;
  return new Hono()
    .post('/pairing-codes', requireAdmin(deps), async (c) => {
      const body = parseOptionalJsonBody(await c.req.text(), CreatePairingCodeRequestSchema);
      const code = await store.transaction(async (r) => {
        const merchant = await findMerchant(r, body.merchantId);
        if (!merchant) throw invalidField('merchantId', 'is not a known merchant');
        return issuePairingCode(r, merchant.id, now());
      });
      return c.json(code, 201);
    })
    .post('/pairings', async (c) => {
      const body = await readJsonBody(c, PairRequestSchema);
      const pairing = await redeemOnce(store, body, now());
      if (!pairing.ok) throw invalidField('code', pairing.message);
      return c.json(pairing.credentials, 201);
    });
}

/** A code redeemed concurrently elsewhere reads as used, as it would a moment later. */
async function redeemOnce(store: Store, body: PairRequest, at: number) {
  try {
    return await store.transaction((r) => redeemPairingCode(r, body, at));
  } catch (error) {
    if (error instanceof PairingRace) {
      return { ok: false, message: 'was already used; ask for a new one' } as const;
    }
    throw error;
  }
}
