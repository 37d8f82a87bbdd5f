import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../../server/reliability/server-process.ts';

export type BenchServer = {
  origin: string;
  adminToken: string;
  /** The banner's rate-limit line: the limit bounds how fast a terminal can replay. */
  rateLimit: string;
  stop: () => Promise<void>;
};

/**
 * The real wallet server as a process, in demo mode (terminals pair themselves), on a temp DB;
 * `rateLimit` sets RATE_LIMIT_PER_SECOND (null: the server's default).
 */
export async function startWalletServer(rateLimit: string | null): Promise<BenchServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'saoma-bench-outbox-'));
  const adminToken = randomBytes(24).toString('base64url');
  try {
    const server = await startServer({
      DATA_DIR: dataDir,
      ADMIN_TOKEN: adminToken,
      PORT: '0',
      OPEN_RATE_LIMIT_PER_MINUTE: '100000',
      // 100 offline codes per bench wallet, issued ahead of the run.
      MAX_UNUSED_OFFLINE_CODES: '1000',
      ...(rateLimit === null ? {} : { RATE_LIMIT_PER_SECOND: rateLimit }),
    });
    const limit = /Rate limit:\s*(.*)/.exec(server.output().stdout)?.[1] ?? 'unknown';
    return {
      origin: server.origin,
      adminToken,
      rateLimit: limit,
      stop: async () => {
        await server.stop('SIGTERM');
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
