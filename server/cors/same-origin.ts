import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiProblem } from '../http/problem.ts';

const STATE_CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE'];

/**
 * 403 FORBIDDEN for a state-changing API call whose browser `Origin` is neither this server's
 * own (the scheme it is served on and the request's Host) nor in ALLOWED_ORIGINS. `Origin: null`
 * (a sandboxed frame, a file: page, a redirect across sites) is refused too. A request without
 * Origin (curl, node, a same-origin GET) is not a browser's cross-site call and passes.
 */
export function sameOriginWrites(allowedOrigins: readonly string[]) {
  return createMiddleware(async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin !== undefined && STATE_CHANGING.includes(c.req.method)) {
      const normalised = originOf(origin);
      const allowed =
        normalised !== null && (normalised === ownOrigin(c) || allowedOrigins.includes(normalised));
      if (!allowed) {
        throw new ApiProblem(
          'FORBIDDEN',
          `The origin ${origin.slice(0, 200)} may not change anything on this wallet. Add it to ALLOWED_ORIGINS on the wallet server.`,
        );
      }
    }
    await next();
  });
}

/** `scheme://host[:port]` of this request: https when the server serves TLS, and its Host. */
function ownOrigin(c: Context): string | null {
  const url = new URL(c.req.url);
  return originOf(`${url.protocol}//${c.req.header('Host') ?? url.host}`);
}

function originOf(text: string): string | null {
  if (text === 'null') return null;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
