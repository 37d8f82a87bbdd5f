import { chmodSync, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODE_HASH_KEY_FILE } from '../code-hash/code-hash-key.ts';
import { DB_FILE } from '../config.ts';
import { startServer } from '../reliability/server-process.ts';
import { tempDir } from '../test-support/temp-dir.ts';

const TIMEOUT_MS = 30_000;
const DATABASE_FILES = [DB_FILE, `${DB_FILE}-wal`, `${DB_FILE}-shm`];

/** Every path under `dir` (itself included) with its permission bits. */
function modes(dir: string): Map<string, number> {
  const found = new Map<string, number>([[dir, statSync(dir).mode & 0o777]]);
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dir, name);
    found.set(file, statSync(file).mode & 0o777);
  }
  return found;
}

function expectPrivate(dir: string): void {
  for (const [file, mode] of modes(dir)) {
    expect({ file, mode: mode.toString(8) }).toEqual({
      file,
      mode: statSync(file).isDirectory() ? '700' : '600',
    });
  }
}

describe('DATA_DIR permissions, with the server running', () => {
  it(
    'a first start makes the directory 0700 and every file 0600: database, WAL, SHM, TLS, hash key',
    async () => {
      const dataDir = path.join(tempDir('fresh'), 'data');
      const server = await startServer({
        PORT: '0',
        DATA_DIR: dataDir,
        HTTPS: '1',
        HTTP_PORT: 'off',
      });
      try {
        const files = [...modes(dataDir).keys()].map((file) => path.relative(dataDir, file));
        expect(files).toEqual(
          expect.arrayContaining([
            ...DATABASE_FILES,
            CODE_HASH_KEY_FILE,
            'tls',
            'tls/saoma-ca.pem',
            'tls/server.pem',
          ]),
        );
        expectPrivate(dataDir);
        expect(server.output().stdout).not.toMatch(/open to other users/);
      } finally {
        await server.stop('SIGTERM');
      }
    },
    TIMEOUT_MS,
  );

  it(
    'a start over a loose directory (0755, files 0644 with -wal and -shm) fixes each path and says so',
    async () => {
      const dataDir = tempDir('loose');
      // SIGKILL leaves the -wal and -shm files behind, as a crash would.
      const first = await startServer({ PORT: '0', DATA_DIR: dataDir });
      await first.stop('SIGKILL');
      for (const file of DATABASE_FILES) expect(existsSync(path.join(dataDir, file))).toBe(true);
      const loosened = [...modes(dataDir).keys()];
      for (const file of loosened) chmodSync(file, file === dataDir ? 0o755 : 0o644);

      const second = await startServer({ PORT: '0', DATA_DIR: dataDir });
      try {
        const { stdout } = second.output();
        for (const file of loosened) {
          const [from, to] = file === dataDir ? ['0755', '0700'] : ['0644', '0600'];
          expect(stdout).toContain(
            `DATA_DIR was open to other users: ${file} was ${from}, now ${to}.`,
          );
        }
        expectPrivate(dataDir);
        const response = await fetch(`${second.origin}/api/v1/demo`);
        expect(response.status).toBe(200);
      } finally {
        await second.stop('SIGTERM');
      }
    },
    TIMEOUT_MS,
  );
});
