import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, type ServerProcess } from '../../server/reliability/server-process.ts';
import { ADMIN_TOKEN } from '../support/wallet-api.ts';

export type SmokeServer = ServerProcess & {
  /** Freezes the process (SIGSTOP): connections are accepted by the kernel, never answered. */
  freeze: () => void;
  thaw: () => void;
  close: () => Promise<void>;
};

/**
 * A real wallet server of the smoke's own, as `npm start` runs it: demo mode, loopback only, a
 * port the kernel picks, a fresh DATA_DIR, serving the built dist/.
 */
export async function startSmokeServer(name: string): Promise<SmokeServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `saoma-engines-${name}-`));
  const server = await startServer({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    ADMIN_TOKEN,
  });
  let frozen = false;
  const thaw = () => {
    if (!frozen) return;
    process.kill(server.pid, 'SIGCONT');
    frozen = false;
  };
  return {
    ...server,
    freeze: () => {
      process.kill(server.pid, 'SIGSTOP');
      frozen = true;
    },
    thaw,
    close: async () => {
      // A stopped process would not act on SIGTERM until it is continued.
      thaw();
      await server.stop('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
