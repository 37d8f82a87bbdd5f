import { Hono } from 'hono';
import { NO_FAULT_SETTINGS, PutFaultsRequestSchema } from '../../protocol/faults.ts';
import { requireAdmin } from '../auth/admin-token.ts';
import type { Deps } from '../deps.ts';
import { readJsonBody } from '../http/read-body.ts';
import { InjectedFaults } from './injected-faults.ts';

/**
 * `/admin/faults` and `/admin/faults/injected` (admin token, even in demo mode). The app mounts
 * them only when the server runs with injectable faults (ALLOW_FAULTS=1), so elsewhere they are
 * a 404 like any unknown route.
 */
export function faultRoutes(deps: Deps, faults: InjectedFaults) {
  return new Hono()
    .use('*', requireAdmin(deps))
    .get('/', (c) => c.json(faults.settings(), 200))
    .get('/injected', (c) => c.json(faults.injected(), 200))
    .put('/', async (c) => {
      const body = await readJsonBody(c, PutFaultsRequestSchema);
      return c.json(faults.replace({ ...NO_FAULT_SETTINGS, ...body }), 200);
    });
}

export function hasInjectableFaults(deps: Deps): deps is Deps & { faults: InjectedFaults } {
  return deps.faults instanceof InjectedFaults;
}
