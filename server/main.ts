import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { startupBanner } from './banner/startup-banner.ts';
import { displayHost, listenScope } from './banner/listen-scope.ts';
import { bootstrap } from './bootstrap.ts';
import { DB_FILE, parseConfig, type ServerConfig } from './config.ts';
import { DIST_DIR } from './static/serve-app.ts';
import { makeDeps } from './deps.ts';
import { NO_FAULTS } from './faults/faults.ts';
import { InjectedFaults } from './faults/injected-faults.ts';
import { closeOverduePayments } from './payments/timeout.ts';
import { openStore, type Store } from './store/store.ts';
import { withCaDownload } from './tls/ca-download.ts';
import { currentLanAddresses, type LanAddress } from './tls/lan-addresses.ts';
import { createRedirectServer } from './tls/redirect-server.ts';
import { loadTlsIdentity, type TlsIdentity } from './tls/tls-identity.ts';
import { TlsSetupError } from './tls/tls-setup-error.ts';

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

/** The HTTPS key and certificate, before anything else starts: a bad certificate stops it all. */
function prepareTls(config: ServerConfig, lan: readonly LanAddress[]): TlsIdentity | null {
  if (config.https === null) return null;
  try {
    return loadTlsIdentity(
      config.https.source,
      config.dataDir,
      { hostname: hostname(), lan },
      new Date(),
    );
  } catch (error) {
    if (error instanceof TlsSetupError) return fail(error.message);
    return fail(`cannot prepare the HTTPS certificate: ${String(error)}`);
  }
}

/** Resolves with the bound port once listening; rejects with the listen error. */
async function boundPort(
  server: NodeJS.EventEmitter & { address(): AddressInfo | string | null },
): Promise<number> {
  await once(server, 'listening');
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('not a TCP socket');
  return address.port;
}

async function main(): Promise<void> {
  const parsed = parseConfig(process.env, process.cwd(), process.argv.slice(2));
  if (!parsed.ok) fail(parsed.errors.join(' '));
  const { config } = parsed;
  const lan = currentLanAddresses();
  const tls = prepareTls(config, lan);

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

  const failListening = async (what: string, error: unknown): Promise<never> => {
    await store.close().catch(() => undefined);
    return fail(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  };
  const listen = { port: config.port, hostname: config.host };
  const server =
    tls === null
      ? serve({ fetch: app.fetch, ...listen })
      : serve({
          fetch: tls.caDer === null ? app.fetch : withCaDownload(app.fetch, tls.caDer),
          ...listen,
          createServer: createHttpsServer,
          serverOptions: { key: tls.key, cert: tls.cert },
        });
  const port = await boundPort(server).catch((error: unknown) =>
    failListening(`cannot listen on ${config.host}:${config.port}`, error),
  );

  const httpPortSetting = config.https?.httpPort ?? null;
  const scope = listenScope(config.host, lan);
  const redirect =
    httpPortSetting === null
      ? null
      : createRedirectServer({
          httpsPort: port,
          fallbackHost:
            scope.kind === 'network'
              ? (scope.addresses[0] ?? 'localhost')
              : displayHost(config.host),
          caDer: tls?.caDer ?? null,
        });
  let httpPort: number | null = null;
  if (redirect !== null && httpPortSetting !== null) {
    redirect.listen(httpPortSetting, config.host);
    httpPort = await boundPort(redirect).catch((error: unknown) =>
      failListening(
        `cannot listen for the HTTP-to-HTTPS redirect on ${config.host}:${httpPortSetting} (HTTP_PORT; choose a free port, or HTTP_PORT=off)`,
        error,
      ),
    );
  }
  console.log(await startupBanner({ config, boot, port, httpPort, tls, lan }));

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping Saoma.`);
    clearInterval(sweeper);
    const servers = redirect === null ? [server] : [server, redirect];
    void Promise.all(servers.map((each) => new Promise((resolve) => each.close(resolve)))).then(
      () => store.close().finally(() => process.exit(0)),
    );
    for (const each of servers) {
      // Keep-alive connections would otherwise hold the close open.
      if ('closeIdleConnections' in each) each.closeIdleConnections();
    }
    setTimeout(() => {
      for (const each of servers) if ('closeAllConnections' in each) each.closeAllConnections();
    }, 3_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  fail(String(error));
});
