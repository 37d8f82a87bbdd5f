import { createMiddleware } from 'hono/factory';
import { WalletIdSchema } from '../../protocol/wallets.ts';
import type { Deps } from '../deps.ts';
import { ApiProblem } from '../http/problem.ts';
import { parseParam } from '../http/read-body.ts';
import type { Wallet } from '../store/wallets-repo.ts';
import { BEARER_CHALLENGE, resolveBearer } from './bearer.ts';

export type WalletEnv = { Variables: { wallet: Wallet } };

/**
 * Guards `/:walletId` routes: the wallet's own token (or the admin token, when `allowAdmin`).
 * Sets `wallet` for the handler. 401 without a credential, 400 for a malformed id, 403 for
 * someone else's wallet, 404 for an unknown one.
 */
export function requireWalletToken(deps: Deps, options: { allowAdmin: boolean }) {
  return createMiddleware<WalletEnv>(async (c, next) => {
    const principal = await resolveBearer(c.req.header('Authorization'), deps);
    if (principal === null) {
      throw new ApiProblem(
        'UNAUTHENTICATED',
        'This call needs the wallet token as a Bearer token.',
        {
          headers: BEARER_CHALLENGE,
        },
      );
    }
    const walletId = parseParam('walletId', c.req.param('walletId') ?? '', WalletIdSchema);
    if (principal.kind === 'admin' && !options.allowAdmin) {
      throw new ApiProblem('FORBIDDEN', 'Only the wallet itself may do this, not the admin.');
    }
    if (principal.kind === 'wallet' && principal.walletId !== walletId) {
      throw new ApiProblem('FORBIDDEN', 'This token belongs to another wallet.');
    }
    const wallet = await deps.store.transaction((r) => r.wallets.find(walletId));
    if (!wallet) throw new ApiProblem('NOT_FOUND', `There is no wallet ${walletId}.`);
    c.set('wallet', wallet);
    await next();
  });
}
