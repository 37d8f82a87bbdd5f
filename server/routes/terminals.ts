import { Hono } from 'hono';
import { CreateTerminalRequestSchema } from '../../protocol/terminals.ts';
import { requireAdmin } from '../auth/admin-token.ts';
import type { Deps } from '../deps.ts';
import { invalidField } from '../http/problem.ts';
import { readJsonBody } from '../http/read-body.ts';
import { findMerchant } from '../merchants/merchants.ts';
import { issueTerminal } from '../terminals/issue-terminal.ts';

export function terminalRoutes(deps: Deps) {
  const { store, now } = deps;
  return new Hono().post('/', requireAdmin(deps), async (c) => {
    const body = await readJsonBody(c, CreateTerminalRequestSchema);
    const credentials = await store.transaction(async (r) => {
      const merchant = await findMerchant(r, body.merchantId);
      if (!merchant) throw invalidField('merchantId', 'is not a known merchant');
      return issueTerminal(r, merchant.id, body.name, now());
    });
    return c.json(credentials, 201);
  });
}
