import { createMiddleware } from 'hono/factory';
import { API_BASE } from '../../protocol/paths.ts';
import type { Deps } from '../deps.ts';
import { ApiProblem } from '../http/problem.ts';

const TERMINAL_API = new RegExp(`^${API_BASE}/(payments|settlements)(/|$)`);
const RETRY_AFTER_S = 1;

/**
 * Injected `failRate`: a terminal call (payments, settlements) answers 503 UNAVAILABLE before
 * anything else runs, even the signature check, so not even its nonce is spent and the terminal
 * may send the very same request again.
 */
export function faultGate(deps: Deps) {
  return createMiddleware(async (c, next) => {
    if (TERMINAL_API.test(c.req.path) && deps.faults.failNow()) {
      throw new ApiProblem(
        'UNAVAILABLE',
        'The wallet is unavailable (injected fault); retry the same request later.',
        { headers: { 'Retry-After': String(RETRY_AFTER_S) } },
      );
    }
    await next();
  });
}
