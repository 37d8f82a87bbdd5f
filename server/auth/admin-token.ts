import { createMiddleware } from 'hono/factory';
import type { Deps } from '../deps.ts';
import { ApiProblem } from '../http/problem.ts';
import { newSecret } from '../ids.ts';
import type { SettingsRepo } from '../store/settings-repo.ts';
import { BEARER_CHALLENGE, resolveBearer } from './bearer.ts';

const ADMIN_TOKEN_KEY = 'admin_token';

export type AdminTokenSource = 'env' | 'stored' | 'generated';

/** ADMIN_TOKEN wins; otherwise the token stored at first start, made now if there is none. */
export async function resolveAdminToken(
  settings: SettingsRepo,
  fromEnv: string | null,
): Promise<{ token: string; source: AdminTokenSource }> {
  if (fromEnv !== null) return { token: fromEnv, source: 'env' };
  const stored = await settings.get(ADMIN_TOKEN_KEY);
  if (stored !== undefined) return { token: stored, source: 'stored' };
  const token = newSecret();
  await settings.set(ADMIN_TOKEN_KEY, token);
  return { token, source: 'generated' };
}

/** Admits only the admin token (or anyone, when `openInDemo` and the server runs in demo mode). */
export function requireAdmin(deps: Deps, options: { openInDemo?: boolean } = {}) {
  return createMiddleware(async (c, next) => {
    if (!(options.openInDemo && deps.config.demo)) {
      const principal = await resolveBearer(c.req.header('Authorization'), deps);
      if (principal === null) {
        throw new ApiProblem(
          'UNAUTHENTICATED',
          'This call needs the admin token as a Bearer token.',
          {
            headers: BEARER_CHALLENGE,
          },
        );
      }
      if (principal.kind !== 'admin') {
        throw new ApiProblem('FORBIDDEN', 'This call needs the admin token, not a wallet token.');
      }
    }
    await next();
  });
}
