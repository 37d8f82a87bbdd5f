import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type ServerProcess } from '../../server/reliability/server-process.ts';

const BUILT_APP = fileURLToPath(new URL('../../dist/index.html', import.meta.url));

/** The campaign's own wallet server: one data directory and one port for the whole run. */
export type CampaignServer = {
  origin: string;
  /** SIGKILL, then start again on the same port and data directory. */
  killAndRestart: () => Promise<void>;
  stop: () => Promise<void>;
  /** What the running server process has printed, for a failure report. */
  output: () => string;
};

export async function startCampaignServer(
  port: number,
  adminToken: string,
): Promise<CampaignServer> {
  if (!existsSync(BUILT_APP)) {
    throw new Error(
      `The app is not built (${BUILT_APP} is missing): run \`npx vite build\` first.`,
    );
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'saoma-faults-'));
  const env = {
    PORT: String(port),
    DATA_DIR: dataDir,
    ADMIN_TOKEN: adminToken,
    ALLOW_FAULTS: '1',
    // The campaign pairs and restarts terminals from loopback far faster than a shop does.
    OPEN_RATE_LIMIT_PER_MINUTE: '100000',
    // Phones fetch codes for sales that a fault may stop before they are used.
    MAX_UNUSED_ONLINE_CODES: '1000',
  };
  let running: ServerProcess = await startServer(env);
  return {
    origin: running.origin,
    killAndRestart: async () => {
      const exit = await running.stop('SIGKILL');
      if (exit.signal !== 'SIGKILL') throw new Error(`The server ended by ${JSON.stringify(exit)}`);
      running = await startServer(env);
    },
    output: () => {
      const { stdout, stderr } = running.output();
      return `${stdout}\n${stderr}`;
    },
    stop: async () => {
      await running.stop('SIGTERM');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
