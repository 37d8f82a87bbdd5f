import { Hono } from 'hono';
import { API_BASE } from '../protocol/paths.ts';
import { singleAuthorization } from './auth/single-authorization.ts';
import { cors } from './cors/cors.ts';
import { sameOriginWrites } from './cors/same-origin.ts';
import type { Deps } from './deps.ts';
import { faultGate } from './faults/fault-gate.ts';
import { faultRoutes, hasInjectableFaults } from './faults/fault-routes.ts';
import { apiBodyLimit } from './http/body-limit.ts';
import { noStore, securityHeaders } from './http/headers.ts';
import { hostAllowList } from './http/host-allow-list.ts';
import { jsonContentType } from './http/json-content-type.ts';
import { ApiProblem } from './http/problem.ts';
import { openRateLimit } from './rate-limit/open-rate-limit.ts';
import { rateLimit } from './rate-limit/rate-limit.ts';
import { adminLedgerRoutes } from './routes/admin-ledger.ts';
import { demoRoutes } from './routes/demo.ts';
import { keyRoutes } from './routes/keys.ts';
import { pairingRoutes } from './routes/pairings.ts';
import { paymentRoutes } from './routes/payments.ts';
import { settlementRoutes } from './routes/settlements.ts';
import { terminalRoutes } from './routes/terminals.ts';
import { walletPairingRoutes } from './routes/wallet-pairings.ts';
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
    .route('/wallet-pairings', walletPairingRoutes(deps))
    .route('/', pairingRoutes(deps));
  if (deps.config.demo) api.route('/demo', demoRoutes(deps));
  if (hasInjectableFaults(deps)) {
    api.route('/admin/faults', faultRoutes(deps, deps.faults));
    // Test-only like the faults: it makes the wallet's statement disagree with a terminal.
    api.route('/admin/ledger', adminLedgerRoutes(deps));
  }

  const app = new Hono();
  app.use('*', securityHeaders);
  app.use('*', hostAllowList(deps.config.allowedHosts));
  app.use('/api/*', cors(deps.config.allowedOrigins ?? []));
  app.use('/api/*', noStore);
  // Before any credential is read or any body parsed (docs/API.md, "What the server refuses").
  app.use('/api/*', jsonContentType);
  app.use('/api/*', sameOriginWrites(deps.config.allowedOrigins ?? []));
  app.use('/api/*', singleAuthorization);
  app.use('/api/*', openRateLimit(deps));
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
