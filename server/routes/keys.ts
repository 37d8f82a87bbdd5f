import { Hono } from 'hono';
import type { Deps } from '../deps.ts';
import { publishedKeys } from '../offline/key-ring.ts';

/**
 * Terminals keep the keys to check offline codes while offline. Keys are only ever added, and a
 * new one is stored before it signs anything, so a copy a few minutes old is still good for every
 * code but the newest key's.
 */
export const KEYS_CACHE_CONTROL = 'public, max-age=300';

export function keyRoutes(deps: Deps) {
  return new Hono().get('/', async (c) => {
    const jwks = await publishedKeys(deps);
    c.header('Cache-Control', KEYS_CACHE_CONTROL);
    return c.json(jwks, 200);
  });
}
