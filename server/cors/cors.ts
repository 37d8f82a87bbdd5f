import { createMiddleware } from 'hono/factory';
import { ApiProblem } from '../http/problem.ts';

/** What the PWA sends: the terminal's signature or a wallet token, and a JSON body. */
const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept';
const ALLOWED_METHODS = 'GET, POST, PUT';
/** Headers the client reads besides the CORS-safelisted ones (`Date`: the terminal's clock offset). */
const EXPOSED_HEADERS = 'Retry-After, Idempotent-Replayed, Date';
const PREFLIGHT_MAX_AGE_S = '600';

/**
 * CORS for terminals and wallet simulators hosted on another origin (docs/API.md, "Separate
 * origins"). Only the configured origins get permission; a preflight from any other origin is
 * refused outright, so no signed request, which always needs a preflight, reaches the API from it.
 * Same-origin requests carry no preflight and need no headers.
 */
export function cors(allowedOrigins: readonly string[]) {
  return createMiddleware(async (c, next) => {
    const origin = c.req.header('Origin');
    const preflight = c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method');
    if (origin === undefined) return next();
    const allowed = allowedOrigins.includes(origin);

    if (preflight) {
      if (!allowed) {
        throw new ApiProblem(
          'FORBIDDEN',
          `The origin ${origin} may not call this wallet. Add it to ALLOWED_ORIGINS on the wallet server.`,
          { headers: { Vary: 'Origin' } },
        );
      }
      const headers = new Headers({
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': ALLOWED_METHODS,
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': PREFLIGHT_MAX_AGE_S,
        'Cache-Control': 'no-store',
        Vary: 'Origin',
      });
      // Chrome's Private Network Access: a page on a public host asking a wallet on the shop's LAN.
      if (c.req.header('Access-Control-Request-Private-Network') === 'true') {
        headers.set('Access-Control-Allow-Private-Network', 'true');
      }
      return new Response(null, { status: 204, headers });
    }

    await next();
    c.res.headers.append('Vary', 'Origin');
    if (allowed) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    }
  });
}
