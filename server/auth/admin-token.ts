import { createMiddleware } from 'hono/factory';
import type { Deps } from '../deps.ts';
import { refuseUnlessLoopback } from '../http/loopback-only.ts';
import { ApiProblem } from '../http/problem.ts';
import { newSecret } from '../ids.ts';
import type { SettingsRepo } from '../store/settings-repo.ts';
import { BEARER_CHALLENGE, resolveBearer } from './bearer.ts';
import { hashToken } from './token-hash.ts';

/** Only the token's hash is stored (server/auth/token-hash.ts). */
const ADMIN_TOKEN_HASH_KEY = 'admin_token_sha256';

export type AdminTokenSource = 'env' | 'stored' | 'generated';

export type AdminToken = {
  /** What requests are checked against. */
  tokenHash: string;
  source: AdminTokenSource;
  /** The token itself, only when it was generated just now: the one time it can be shown. */
  generated: string | null;
};

/** ADMIN_TOKEN wins; otherwise the token stored at first start, made now if there is none. */
export async function resolveAdminToken(
  settings: SettingsRepo,
  fromEnv: string | null,
): Promise<AdminToken> {
  if (fromEnv !== null) return { tokenHash: hashToken(fromEnv), source: 'env', generated: null };
  const stored = await settings.get(ADMIN_TOKEN_HASH_KEY);
  if (stored !== undefined) return { tokenHash: stored, source: 'stored', generated: null };
  const token = newSecret();
  const tokenHash = hashToken(token);
  await settings.set(ADMIN_TOKEN_HASH_KEY, tokenHash);
  return { tokenHash, source: 'generated', generated: token };
}

/**
 * Admits only the admin token. With `openInDemo`, in demo mode, it also admits anyone on the
 * server's own machine (a loopback connection, server/http/loopback-only.ts).
 */
export function requireAdmin(deps: Deps, options: { openInDemo?: boolean } = {}) {
  return createMiddleware(async (c, next) => {
    const principal = await resolveBearer(c.req.header('Authorization'), deps);
    if (options.openInDemo && deps.config.demo) {
      if (principal?.kind !== 'admin') refuseUnlessLoopback(c);
    } else if (principal === null) {
      throw new ApiProblem(
        'UNAUTHENTICATED',
        'This call needs the admin token as a Bearer token.',
        {
          headers: BEARER_CHALLENGE,
        },
      );
    } else if (principal.kind !== 'admin') {
      throw new ApiProblem('FORBIDDEN', 'This call needs the admin token, not a wallet token.');
    }
    await next();
  });
}
