import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type ServerProcess } from '../../server/reliability/server-process.ts';
import { ADMIN_TOKEN } from './wallet-api.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A wallet server for one spec alone, with the test-only admin paths (ALLOW_FAULTS=1). A
 * settlement statement covers the whole merchant, and every terminal of the shared e2e server
 * sells for the same demo merchant: a spec that compares statements needs a merchant of its own.
 */
export async function startOwnServer(
  name: string,
): Promise<ServerProcess & { close: () => Promise<void> }> {
  const dataDir = path.resolve(
    ROOT,
    `${process.env.E2E_DATA_DIR ?? 'e2e/.tmp/wallet-data'}-${name}`,
  );
  rmSync(dataDir, { recursive: true, force: true });
  const server = await startServer({
    PORT: '0',
    DATA_DIR: dataDir,
    ADMIN_TOKEN,
    ALLOW_FAULTS: '1',
    // Its terminals all pair from loopback, faster than the default ceiling allows.
    OPEN_RATE_LIMIT_PER_MINUTE: '100000',
    ...(process.env.STATIC_DIR ? { STATIC_DIR: process.env.STATIC_DIR } : {}),
  });
  return {
    ...server,
    close: async () => {
      await server.stop('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
