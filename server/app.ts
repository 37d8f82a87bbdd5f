import { Hono } from 'hono';
import { API_BASE } from '../protocol/paths.ts';
import { cors } from './cors/cors.ts';
import type { Deps } from './deps.ts';
import { faultGate } from './faults/fault-gate.ts';
import { faultRoutes, hasInjectableFaults } from './faults/fault-routes.ts';
import { apiBodyLimit } from './http/body-limit.ts';
import { noStore, securityHeaders } from './http/headers.ts';
import { ApiProblem } from './http/problem.ts';
import { rateLimit } from './rate-limit/rate-limit.ts';
import { adminLedgerRoutes } from './routes/admin-ledger.ts';
import { demoRoutes } from './routes/demo.ts';
import { keyRoutes } from './routes/keys.ts';
import { pairingRoutes } from './routes/pairings.ts';
import { paymentRoutes } from './routes/payments.ts';
import { settlementRoutes } from './routes/settlements.ts';
import { terminalRoutes } from './routes/terminals.ts';
import { walletRoutes } from './routes/wallets.ts';
import { DIST_DIR, serveApp } from './static/serve-app.ts';

export type { AppConfig } from './deps.ts';

/** The whole wallet server as a Hono app: the API under /api/v1, and the built PWA. */
export function createApp(deps: Deps): Hono {
  const api = new Hono()
    .route('/wallets', walletRoutes(deps))
    .route('/payments', paymentRoutes(deps))
    .route('/settlements', settlementRoutes(deps))
    .route('/terminals', terminalRoutes(deps))
    .route('/keys', keyRoutes(deps))
    .route('/', pairingRoutes(deps));
  if (deps.config.demo) api.route('/demo', demoRoutes(deps));
  if (hasInjectableFaults(deps)) {
    api.route('/admin/faults', faultRoutes(deps, deps.faults));
    // Test-only like the faults: it makes the wallet's statement disagree with a terminal.
    api.route('/admin/ledger', adminLedgerRoutes(deps));
  }

  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('/api/*', cors(deps.config.allowedOrigins ?? []));
  app.use('/api/*', noStore);
  app.use('/api/*', apiBodyLimit);
  app.use('/api/*', faultGate(deps));
  app.use('/api/*', rateLimit(deps));
  app.route(API_BASE, api);
  app.all('/api/*', (c) => {
    throw new ApiProblem('NOT_FOUND', `There is no ${c.req.method} ${c.req.path} in this API.`);
  });
  const staticRoot = deps.config.staticRoot === undefined ? DIST_DIR : deps.config.staticRoot;
  if (staticRoot !== null) app.get('*', serveApp(staticRoot));

  app.notFound((c) =>
    new ApiProblem('NOT_FOUND', `There is nothing at ${c.req.path}.`).toResponse(),
  );
  app.onError((error) => {
    if (error instanceof ApiProblem) return error.toResponse();
    console.error('Unexpected error while handling a request:', error);
    return new ApiProblem('INTERNAL', 'The wallet server failed unexpectedly.').toResponse();
  });
  return app;
}
