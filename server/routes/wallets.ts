import { Hono } from 'hono';
import {
  CreateWalletRequestSchema,
  IssueCodeRequestSchema,
  type WalletView,
} from '../../protocol/wallets.ts';
import { requireAdmin } from '../auth/admin-token.ts';
import { requireWalletToken } from '../auth/wallet-token.ts';
import type { Deps } from '../deps.ts';
import { readJsonBody } from '../http/read-body.ts';
import { createWallet } from '../wallets/create-wallet.ts';
import { issuePaymentCode } from '../wallets/issue-code.ts';

const RECENT_LIMIT = 10;

export function walletRoutes(deps: Deps) {
  const { store, now } = deps;
  return new Hono()
    .post('/', requireAdmin(deps, { openInDemo: true }), async (c) => {
      const body = await readJsonBody(c, CreateWalletRequestSchema);
      return c.json(createWallet(store, body, now()), 201);
    })
    .get('/:walletId', requireWalletToken(deps, { allowAdmin: true }), (c) => {
      const { wallet } = c.var;
      const view: WalletView = {
        walletId: wallet.id,
        name: wallet.name,
        balance: wallet.balance,
        recent: store.payments
          .recentForWallet(wallet.id, RECENT_LIMIT)
          .map((activity) => ({ ...activity, at: new Date(activity.at).toISOString() })),
      };
      return c.json(view, 200);
    })
    .post('/:walletId/codes', requireWalletToken(deps, { allowAdmin: false }), async (c) => {
      const body = await readJsonBody(c, IssueCodeRequestSchema);
      return c.json(issuePaymentCode(store, c.var.wallet.id, body.provider, now()), 201);
    });
}
