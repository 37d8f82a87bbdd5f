import { Hono } from 'hono';
import { z } from 'zod';
import { IssueOfflineCodesRequestSchema } from '../../protocol/offline-code.ts';
import {
  CreateWalletRequestSchema,
  IssueCodeRequestSchema,
  TradeNoSchema,
  type PendingList,
  type WalletView,
} from '../../protocol/wallets.ts';
import { requireAdmin } from '../auth/admin-token.ts';
import { requireWalletToken } from '../auth/wallet-token.ts';
import type { Deps } from '../deps.ts';
import { parseOptionalJsonBody, parseParam, readJsonBody } from '../http/read-body.ts';
import { issueOfflineCodes } from '../offline/issue-offline-codes.ts';
import { decide } from '../payments/customer-decision.ts';
import { toCustomerPayment } from '../payments/customer-view.ts';
import { applyTimeout } from '../payments/timeout.ts';
import { createWallet } from '../wallets/create-wallet.ts';
import { issuePaymentCode } from '../wallets/issue-code.ts';
import { issueWalletPairingCode } from '../wallets/wallet-pairing.ts';

const RECENT_LIMIT = 10;
const EmptySchema = z.strictObject({});

export function walletRoutes(deps: Deps) {
  const { store, now } = deps;
  return new Hono()
    .post('/', requireAdmin(deps, { openInDemo: true }), async (c) => {
      const body = await readJsonBody(c, CreateWalletRequestSchema);
      return c.json(await store.transaction((r) => createWallet(r, body, now())), 201);
    })
    .get('/:walletId', requireWalletToken(deps, { allowAdmin: true }), async (c) => {
      const { wallet } = c.var;
      const recent = await store.transaction((r) =>
        r.payments.recentForWallet(wallet.id, RECENT_LIMIT),
      );
      const view: WalletView = {
        walletId: wallet.id,
        name: wallet.name,
        balance: wallet.balance,
        recent: recent.map((activity) => ({
          ...activity,
          at: new Date(activity.at).toISOString(),
        })),
      };
      return c.json(view, 200);
    })
    .post('/:walletId/codes', requireWalletToken(deps, { allowAdmin: false }), async (c) => {
      const body = await readJsonBody(c, IssueCodeRequestSchema);
      const { wallet } = c.var;
      const issued = await store.transaction((r) =>
        issuePaymentCode(
          r,
          wallet.id,
          body.provider,
          now(),
          deps.codeHash,
          deps.config.codeCaps?.online,
        ),
      );
      return c.json(issued, 201);
    })
    .post(
      '/:walletId/pairing-codes',
      requireWalletToken(deps, { allowAdmin: false }),
      async (c) => {
        parseOptionalJsonBody(await c.req.text(), EmptySchema);
        const walletId = c.var.wallet.id;
        const code = await store.transaction((r) =>
          issueWalletPairingCode(r, { kind: 'wallet', walletId }, now()),
        );
        return c.json(code, 201);
      },
    )
    .post(
      '/:walletId/offline-codes',
      requireWalletToken(deps, { allowAdmin: false }),
      async (c) => {
        const body = await readJsonBody(c, IssueOfflineCodesRequestSchema);
        return c.json(await issueOfflineCodes(deps, c.var.wallet, body), 201);
      },
    )
    .get('/:walletId/pending', requireWalletToken(deps, { allowAdmin: true }), async (c) => {
      const { wallet } = c.var;
      const at = now();
      const pending = await store.transaction(async (r) => {
        const waiting = await r.payments.listAwaitingForWallet(wallet.id);
        const current = [];
        for (const payment of waiting) {
          const checked = await applyTimeout(r, payment, at);
          if (checked.status === 'USERPAYING')
            current.push(toCustomerPayment(checked, payment.merchantName));
        }
        return current;
      });
      const list: PendingList = { pending };
      return c.json(list, 200);
    })
    .post(
      '/:walletId/pending/:tradeNo/:decision{confirm|reject}',
      requireWalletToken(deps, { allowAdmin: false }),
      async (c) => {
        const tradeNo = parseParam('tradeNo', c.req.param('tradeNo'), TradeNoSchema);
        const decision = c.req.param('decision') === 'confirm' ? 'confirm' : 'reject';
        parseOptionalJsonBody(await c.req.text(), EmptySchema);
        const { wallet } = c.var;
        const answer = await store.transaction(async (r) => {
          const payment = await decide(r, wallet.id, tradeNo, decision, now());
          const merchant = await r.merchants.findMerchant(payment.merchantId);
          return toCustomerPayment(payment, merchant?.name ?? '');
        });
        return c.json(answer, 200);
      },
    );
}
