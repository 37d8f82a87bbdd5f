import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { createApp } from './app.ts';
import { startupBanner } from './banner/startup-banner.ts';
import { issueStartupPairing } from './banner/startup-pairing.ts';
import { displayHost, listenScope } from './banner/listen-scope.ts';
import { bootstrap } from './bootstrap.ts';
import { loadCodeHashKey } from './code-hash/code-hash-key.ts';
import { codeHasher } from './code-hash/code-hasher.ts';
import { hashUnhashedCodes } from './code-hash/hash-unhashed-codes.ts';
import { DB_FILE, parseConfig, type ServerConfig } from './config.ts';
import { DIST_DIR } from './static/serve-app.ts';
import { makeDeps } from './deps.ts';
import { DataDirError } from './data-dir/data-dir-error.ts';
import { describeFix, makeDataDirPrivate } from './data-dir/private-data-dir.ts';
import { touchPrivateFile } from './data-dir/private-files.ts';
import { NO_FAULTS } from './faults/faults.ts';
import { buildHostAllowList, guardHost } from './http/host-allow-list.ts';
import { createLimitedServer } from './http/server-limits.ts';
import { InjectedFaults } from './faults/injected-faults.ts';
import { removeListeningRecord, writeListeningRecord } from './pairing/listening-record.ts';
import { closeOverduePayments } from './payments/timeout.ts';
import { pruneOnce, PRUNE_EVERY_MS } from './pruning/prune.ts';
import { openStore, type Store } from './store/store.ts';
import { withCaDownload } from './tls/ca-download.ts';
import { certificateHostNames } from './tls/certificate-host-names.ts';
import { currentLanAddresses, type LanAddress } from './tls/lan-addresses.ts';
import { createRedirectServer } from './tls/redirect-server.ts';
import { loadTlsIdentity, type TlsIdentity } from './tls/tls-identity.ts';
import { TlsSetupError } from './tls/tls-setup-error.ts';

function fail(message: string): never {
  console.error(`Saoma cannot start: ${message}`);
  process.exit(1);
}

const SWEEP_EVERY_MS = 5_000;

/** DATA_DIR readable by this user only (0700, files 0600): fixes looser modes and says so. */
function makeDataDirPrivateOrFail(dir: string): void {
  try {
    for (const fix of makeDataDirPrivate(dir)) {
      console.log(`DATA_DIR was open to other users: ${describeFix(fix)}.`);
    }
  } catch (error) {
    if (error instanceof DataDirError) fail(error.message);
    fail(`cannot check the permissions of DATA_DIR ${dir}: ${String(error)}`);
  }
}

function codeHashKeyOrFail(config: ServerConfig): Uint8Array {
  try {
    return loadCodeHashKey(config.codeHashKey, config.dataDir).key;
  } catch (error) {
    return fail(`cannot load the payment codes' hash key: ${String(error)}`);
  }
}

async function openDataStore(config: ServerConfig): Promise<Store> {
  if (config.databaseUrl !== null) {
    try {
      return await openStore({ engine: 'postgres', url: config.databaseUrl });
    } catch (error) {
      return fail(`cannot open the PostgreSQL database in DATABASE_URL: ${String(error)}`);
    }
  }
  try {
    const file = path.join(config.dataDir, DB_FILE);
    touchPrivateFile(file);
    return await openStore({ engine: 'sqlite', file });
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

/** The Host names this process serves (host-allow-list.ts), fixed at start. */
function servedHosts(
  config: ServerConfig,
  lan: readonly LanAddress[],
  tls: TlsIdentity | null,
): string[] {
  const tlsHostnames =
    config.https?.source.kind === 'generated' ? config.https.source.extraNames : [];
  return buildHostAllowList({
    bindHost: config.host,
    lanAddresses: lan.map(({ address }) => address),
    certificateNames: [
      ...(tls === null ? [] : certificateHostNames(tls.certificate)),
      ...tlsHostnames,
    ],
    allowedHosts: config.allowedHosts,
  });
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
  // Belt and braces: whatever the server (or SQLite) creates is private even where we forget.
  process.umask(0o077);
  const usesDataDir =
    config.databaseUrl === null || config.https !== null || config.codeHashKey === null;
  if (usesDataDir) makeDataDirPrivateOrFail(config.dataDir);
  const lan = currentLanAddresses();
  const tls = prepareTls(config, lan);
  const codeHashKey = codeHashKeyOrFail(config);

  const store = await openDataStore(config);
  // SQLite makes its -wal and -shm files as it opens the database: check them too.
  if (usesDataDir) makeDataDirPrivateOrFail(config.dataDir);
  await hashUnhashedCodes(store, codeHasher(codeHashKey));
  const boot = await bootstrap(
    store,
    { demo: config.demo, adminToken: config.adminToken },
    Date.now,
  );
  const allowedHosts = servedHosts(config, lan, tls);
  const deps = makeDeps(
    store,
    {
      demo: config.demo,
      adminTokenHash: boot.adminTokenHash,
      staticRoot: config.staticDir ?? DIST_DIR,
      fees: config.fees,
      rateLimit: config.rateLimit,
      allowedOrigins: config.allowedOrigins,
      allowedHosts,
      openRateLimit: config.openRateLimit,
      codeCaps: config.codeCaps,
      codeHashKey,
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
  // Expired codes, spent nonces and old pairing codes go even when no request comes.
  const prune = () => {
    pruneOnce(store, Date.now()).catch((error: unknown) => {
      console.error('Pruning expired codes and nonces failed:', error);
    });
  };
  prune();
  const pruner = setInterval(prune, PRUNE_EVERY_MS);
  pruner.unref();

  const failListening = async (what: string, error: unknown): Promise<never> => {
    await store.close().catch(() => undefined);
    return fail(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  };
  const fetch = tls?.caDer ? withCaDownload(app.fetch, tls.caDer) : app.fetch;
  const server = createLimitedServer(
    config.serverLimits,
    guardHost(allowedHosts, getRequestListener(fetch)),
    tls === null ? null : { key: tls.key, cert: tls.cert },
  );
  server.listen(config.port, config.host);
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
          allowedHosts,
          limits: config.serverLimits,
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
  const pairing = await issueStartupPairing(store, { demo: config.demo, scope }, Date.now());
  // For `npm run pair`: where tablets reach this server.
  writeListeningRecord(config.dataDir, {
    pid: process.pid,
    scheme: tls === null ? 'http' : 'https',
    port,
    localHost: displayHost(config.host),
    addresses: scope.kind === 'network' ? scope.addresses : [],
    demo: config.demo,
  });
  const banner = await startupBanner({ config, boot, port, httpPort, tls, lan, pairing });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping Saoma.`);
    clearInterval(sweeper);
    clearInterval(pruner);
    removeListeningRecord(config.dataDir);
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
  // Only now: whoever waits for the banner may signal at once, and must not find the default
  // action (an abrupt kill) still in place.
  console.log(banner);
}

main().catch((error: unknown) => {
  fail(String(error));
});
