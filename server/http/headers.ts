import { createMiddleware } from 'hono/factory';

/** Headers every response carries. */
export const securityHeaders = createMiddleware(async (c, next) => {
  await next();
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  c.res.headers.set('Referrer-Policy', 'no-referrer');
});

/**
 * Wallet answers are live state: no browser or service-worker cache may keep them. A route that
 * publishes something cacheable (the public `/keys`) sets its own Cache-Control.
 */
export const noStore = createMiddleware(async (c, next) => {
  await next();
  if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
});
