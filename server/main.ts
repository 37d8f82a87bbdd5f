import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { formatAmount } from '../protocol/money.ts';
import { createApp } from './app.ts';
import { bootstrap, type Bootstrapped } from './bootstrap.ts';
import { parseConfig, type ServerConfig } from './config.ts';
import { DIST_DIR, hasBuiltApp } from './static/serve-app.ts';
import { openStore, type Store } from './store/store.ts';

const DB_FILE = 'wallet.db';

function fail(message: string): never {
  console.error(`Saoma cannot start: ${message}`);
  process.exit(1);
}

function openDataStore(config: ServerConfig): Store {
  try {
    mkdirSync(config.dataDir, { recursive: true });
    return openStore(path.join(config.dataDir, DB_FILE));
  } catch (error) {
    return fail(`cannot open the database in ${config.dataDir}: ${String(error)}`);
  }
}

function printBanner(config: ServerConfig, port: number, boot: Bootstrapped): void {
  const lines = [
    `Saoma is serving http://localhost:${port}`,
    `  API:         http://localhost:${port}/api/v1 (listening on ${config.host}:${port})`,
    `  Data:        ${path.join(config.dataDir, DB_FILE)}`,
    `  Admin token: ${boot.adminToken} (${describeSource(boot)})`,
    `  Demo mode:   ${config.demo ? 'on (DEMO=0 turns it off)' : 'off'}`,
    ...boot.demoWallets.map(
      (wallet) =>
        `  Demo wallet: ${wallet.name.padEnd(9)} ${wallet.id}  balance ${formatAmount(wallet.balance)}  token ${wallet.token}`,
    ),
  ];
  if (!hasBuiltApp(DIST_DIR)) {
    lines.push(
      `Warning: the PWA is not built (${path.join(DIST_DIR, 'index.html')} is missing); only the API is served. Run \`npm run build\`.`,
    );
  }
  console.log(lines.join('\n'));
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

function main(): void {
  const parsed = parseConfig(process.env, process.cwd());
  if (!parsed.ok) fail(parsed.errors.join(' '));
  const { config } = parsed;

  const store = openDataStore(config);
  const boot = bootstrap(store, { demo: config.demo, adminToken: config.adminToken }, Date.now);
  const app = createApp({
    store,
    config: { demo: config.demo, adminToken: boot.adminToken },
    now: Date.now,
  });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    printBanner(config, info.port, boot);
  });
  server.on('error', (error: Error) => {
    store.close();
    fail(`cannot listen on ${config.host}:${config.port}: ${error.message}`);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping Saoma.`);
    server.close(() => {
      store.close();
      process.exit(0);
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

main();
