import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { formatAmount } from '../protocol/money.ts';
import { createApp } from './app.ts';
import { bootstrap, type Bootstrapped } from './bootstrap.ts';
import { parseConfig, type ServerConfig } from './config.ts';
import { DIST_DIR, hasBuiltApp } from './static/serve-app.ts';
import { makeDeps } from './deps.ts';
import { NO_FAULTS } from './faults/faults.ts';
import { InjectedFaults } from './faults/injected-faults.ts';
import { closeOverduePayments } from './payments/timeout.ts';
import { openStore, type Store } from './store/store.ts';

const DB_FILE = 'wallet.db';

function fail(message: string): never {
  console.error(`Saoma cannot start: ${message}`);
  process.exit(1);
}

const SWEEP_EVERY_MS = 5_000;

async function openDataStore(config: ServerConfig): Promise<Store> {
  if (config.databaseUrl !== null) {
    try {
      return await openStore({ engine: 'postgres', url: config.databaseUrl });
    } catch (error) {
      return fail(`cannot open the PostgreSQL database in DATABASE_URL: ${String(error)}`);
    }
  }
  try {
    mkdirSync(config.dataDir, { recursive: true });
    return await openStore({ engine: 'sqlite', file: path.join(config.dataDir, DB_FILE) });
  } catch (error) {
    return fail(`cannot open the database in ${config.dataDir}: ${String(error)}`);
  }
}

function describeDatabase(config: ServerConfig): string {
  if (config.databaseUrl === null) return `${path.join(config.dataDir, DB_FILE)} (SQLite)`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL at ${url.host}${url.pathname} (from DATABASE_URL)`;
}

function printBanner(config: ServerConfig, port: number, boot: Bootstrapped): void {
  const lines = [
    `Saoma is serving http://localhost:${port}`,
    `  API:         http://localhost:${port}/api/v1 (listening on ${config.host}:${port})`,
    `  Data:        ${describeDatabase(config)}`,
    `  Admin token: ${boot.adminToken} (${describeSource(boot)})`,
    `  Demo mode:   ${config.demo ? 'on (DEMO=0 turns it off)' : 'off'}`,
    `  Rate limit:  ${describeRateLimit(config)}`,
    ...(config.staticDir === null ? [] : [`  App files:   ${config.staticDir} (STATIC_DIR)`]),
    ...(config.allowFaults
      ? [
          '  Faults:      injectable (ALLOW_FAULTS=1): /api/v1/admin/faults, PATCH /api/v1/admin/ledger',
        ]
      : []),
    ...boot.demoWallets.map(
      (wallet) =>
        `  Demo wallet: ${wallet.name.padEnd(9)} ${wallet.id}  balance ${formatAmount(wallet.balance)}  token ${wallet.token}`,
    ),
  ];
  const staticRoot = config.staticDir ?? DIST_DIR;
  if (!hasBuiltApp(staticRoot)) {
    lines.push(
      `Warning: the PWA is not built (${path.join(staticRoot, 'index.html')} is missing); only the API is served. Run \`npm run build\`.`,
    );
  }
  console.log(lines.join('\n'));
}

function describeRateLimit({ rateLimit }: ServerConfig): string {
  if (rateLimit === null) return 'off (RATE_LIMIT_PER_SECOND=0)';
  return `${rateLimit.perSecond}/s per credential, bursts of ${rateLimit.burst}`;
}

function describeSource(boot: Bootstrapped): string {
  switch (boot.adminTokenSource) {
    case 'env':
      return 'from ADMIN_TOKEN';
    case 'stored':
      return 'stored in the database';
    case 'generated':
      return 'generated and stored in the database; set ADMIN_TOKEN to choose one';
  }
}

async function main(): Promise<void> {
  const parsed = parseConfig(process.env, process.cwd());
  if (!parsed.ok) fail(parsed.errors.join(' '));
  const { config } = parsed;

  const store = await openDataStore(config);
  const boot = await bootstrap(
    store,
    { demo: config.demo, adminToken: config.adminToken },
    Date.now,
  );
  const deps = makeDeps(
    store,
    {
      demo: config.demo,
      adminToken: boot.adminToken,
      staticRoot: config.staticDir ?? DIST_DIR,
      fees: config.fees,
      rateLimit: config.rateLimit,
      allowedOrigins: config.allowedOrigins,
    },
    Date.now,
    config.allowFaults ? new InjectedFaults() : NO_FAULTS,
  );
  const app = createApp(deps);
  // Reads close overdue USERPAYING payments themselves; the sweep keeps the table tidy.
  const sweeper = setInterval(() => {
    closeOverduePayments(store, Date.now()).catch((error: unknown) => {
      console.error('Closing overdue payments failed:', error);
    });
  }, SWEEP_EVERY_MS);
  sweeper.unref();

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    printBanner(config, info.port, boot);
  });
  server.on('error', (error: Error) => {
    void store.close();
    fail(`cannot listen on ${config.host}:${config.port}: ${error.message}`);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping Saoma.`);
    clearInterval(sweeper);
    server.close(() => {
      void store.close().finally(() => process.exit(0));
    });
    // Keep-alive connections would otherwise hold the close open.
    if ('closeIdleConnections' in server) server.closeIdleConnections();
    setTimeout(() => {
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, 3_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  fail(String(error));
});
