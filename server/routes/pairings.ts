import { Hono } from 'hono';
import { CreatePairingCodeRequestSchema, PairRequestSchema } from '../../protocol/terminals.ts';
import { requireAdmin } from '../auth/admin-token.ts';
import type { Deps } from '../deps.ts';
import { invalidField } from '../http/problem.ts';
import { parseOptionalJsonBody, readJsonBody } from '../http/read-body.ts';
import { findMerchant } from '../merchants/merchants.ts';
import { issuePairingCode, redeemPairingCode } from '../terminals/pairing.ts';

/** `/pairing-codes` (admin) hands out one-time codes; `/pairings` (open) trades one for credentials. */
export function pairingRoutes(deps: Deps) {
  const { store, now } = deps;
  return new Hono()
    .post('/pairing-codes', requireAdmin(deps), async (c) => {
      const body = parseOptionalJsonBody(await c.req.text(), CreatePairingCodeRequestSchema);
      const merchant = findMerchant(store, body.merchantId);
      if (!merchant) throw invalidField('merchantId', 'is not a known merchant');
      return c.json(issuePairingCode(store, merchant.id, now()), 201);
    })
    .post('/pairings', async (c) => {
      const body = await readJsonBody(c, PairRequestSchema);
      const pairing = redeemPairingCode(store, body, now());
      if (!pairing.ok) throw invalidField('code', pairing.message);
      return c.json(pairing.credentials, 201);
    });
}
