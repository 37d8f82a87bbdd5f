import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type ServerProcess } from '../../server/reliability/server-process.ts';
import { ADMIN_TOKEN } from './wallet-api.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A loopback alias: not `localhost`, so the browser grants no secure context for the name. */
export const HTTPS_HOST = '127.0.0.2';
/** A name in the generated certificate (TLS_HOSTNAMES) that Chromium maps to HTTPS_HOST. */
export const HTTPS_NAME = 'saoma.test';

export type HttpsServer = ServerProcess & {
  port: number;
  /** The plain-HTTP redirect port. */
  httpPort: number;
  /** The local CA the server generated, PEM, from its data directory. */
  caPem: string;
  close: () => Promise<void>;
};

/**
 * A wallet server of one spec's own with HTTPS=1 on the loopback alias, a generated certificate
 * that also names HTTPS_NAME, and the plain-HTTP redirect on a free port.
 */
export async function startHttpsServer(name: string): Promise<HttpsServer> {
  const dataDir = path.resolve(
    ROOT,
    `${process.env.E2E_DATA_DIR ?? 'e2e/.tmp/wallet-data'}-${name}`,
  );
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startServer({
    HTTPS: '1',
    HOST: HTTPS_HOST,
    PORT: '0',
    HTTP_PORT: '0',
    TLS_HOSTNAMES: HTTPS_NAME,
    DATA_DIR: dataDir,
    ADMIN_TOKEN,
    ...(process.env.STATIC_DIR ? { STATIC_DIR: process.env.STATIC_DIR } : {}),
  });
  const close = async () => {
    await server.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (server.httpPort === null) {
    await close();
    throw new Error(`The HTTPS server printed no redirect port:\n${server.output().stdout}`);
  }
  return {
    ...server,
    port: Number(new URL(server.origin).port),
    httpPort: server.httpPort,
    caPem: readFileSync(path.join(dataDir, 'tls', 'saoma-ca.pem'), 'utf8'),
    close,
  };
}
