import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = path.join(ROOT, 'server', 'main.ts');
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;

export type ServerProcess = {
  /** `http://127.0.0.1:<port>` */
  base: string;
  adminToken: string;
  stop(): Promise<void>;
};

export type ServerOptions = {
  databaseUrl: string | null;
  /** Writes a V8 CPU profile of the server into this directory when it stops. */
  cpuProfileDir: string | null;
};

/** Runs `tsx server/main.ts` on loopback with a fresh data directory, as `npm start` would. */
export async function startServer(options: ServerOptions): Promise<ServerProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'saoma-bench-'));
  const adminToken = `bench-${crypto.randomUUID()}`;
  const profiling = options.cpuProfileDir
    ? ['--cpu-prof', `--cpu-prof-dir=${options.cpuProfileDir}`]
    : [];
  const child = spawn(process.execPath, [...profiling, '--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ADMIN_TOKEN: adminToken,
      DEMO: '0',
      // The limiter stays in the path, at a rate no single bench terminal reaches.
      RATE_LIMIT_PER_SECOND: '1000000',
      // Bench terminals pair from loopback by the hundred.
      OPEN_RATE_LIMIT_PER_MINUTE: '1000000',
      // Codes are issued ahead of the load, many per wallet.
      MAX_UNUSED_ONLINE_CODES: '1000000',
      ...(options.databaseUrl !== null ? { DATABASE_URL: options.databaseUrl } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));

  let port: number;
  try {
    port = await listeningPort(child, exited, () => stderr);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    base: `http://127.0.0.1:${port}`,
    adminToken,
    async stop() {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function listeningPort(
  child: ChildProcess,
  exited: Promise<number | null>,
  stderr: () => string,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let stdout: string | null = '';
    const timer = setTimeout(() => {
      reject(new Error(`The server did not start within ${START_TIMEOUT_MS} ms: ${stderr()}`));
    }, START_TIMEOUT_MS);
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      if (stdout === null) return;
      stdout += chunk;
      const match = /Saoma is serving https?:\/\/\S+:(\d+)\n/.exec(stdout);
      if (match?.[1] !== undefined) {
        stdout = null;
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code ?? 'signal'}) before listening: ${stderr()}`));
    });
  });
}
