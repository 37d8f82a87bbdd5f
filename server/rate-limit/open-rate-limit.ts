import { createMiddleware } from 'hono/factory';
import type { Deps } from '../deps.ts';
import { ApiProblem } from '../http/problem.ts';
import { clientAddress } from '../http/client-address.ts';
import { claimedCredential } from './credential.ts';
import { isOpenEndpoint } from './open-endpoints.ts';
import { DEFAULT_OPEN_RATE_LIMIT } from './open-settings.ts';
import { createTokenBuckets } from './token-buckets.ts';

/**
 * 429 RATE_LIMITED per client address on the endpoints that need no credential
 * (open-endpoints.ts), on by default (deps.config.openRateLimit; null turns it off). Every call
 * counts, refused ones included, before the route runs. The address is the socket's peer:
 * X-Forwarded-For is never trusted, so behind a proxy every client shares the proxy's bucket.
 */
export function openRateLimit(deps: Deps) {
  const settings = deps.config.openRateLimit ?? DEFAULT_OPEN_RATE_LIMIT;
  if (deps.config.openRateLimit === null) return createMiddleware((_c, next) => next());
  const { perMinute, burst } = settings;
  const buckets = createTokenBuckets({ perSecond: perMinute / 60, burst });

  return createMiddleware(async (c, next) => {
    const admin = claimedCredential(c.req.header('Authorization'), deps.config.adminTokenHash);
    if (!isOpenEndpoint(c.req.method, c.req.path, admin.kind === 'admin')) return next();
    const at = deps.now();
    const key = `open:${clientAddress(c) ?? '?'}`;
    const waitMs = buckets.waitMs(key, at);
    if (waitMs > 0) {
      const seconds = Math.max(1, Math.ceil(waitMs / 1000));
      throw new ApiProblem(
        'RATE_LIMITED',
        `Too many pairing or demo calls from this address (at most ${perMinute} a minute, OPEN_RATE_LIMIT_PER_MINUTE); retry in ${seconds} s.`,
        { headers: { 'Retry-After': String(seconds) } },
      );
    }
    buckets.take(key, at);
    await next();
  });
}
