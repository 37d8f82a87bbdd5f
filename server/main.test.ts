import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DemoInfoSchema } from '../protocol/demo.ts';
import { tempDir } from './test-support/temp-dir.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const TIMEOUT_MS = 20_000;

/** Runs `tsx server/main.ts` as `npm start` does, with only the given variables set. */
function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = /http:\/\/localhost:\d+/.exec(stdout);
      if (match) resolve(match[0]);
    });
    void exited.then(() => reject(new Error(`exited early: ${stderr}`)));
  });
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

describe('server/main.ts', () => {
  it(
    'starts in demo mode, prints its URL and admin token, serves the API, and stops on SIGTERM',
    async () => {
      const server = start({ PORT: '0', DATA_DIR: tempDir('main') });
      const url = await server.url;
      const { stdout } = server.output();
      expect(stdout).toMatch(/Saoma is serving http:\/\/localhost:\d+/);
      expect(stdout).toMatch(/Admin token: \S+ \(generated/);
      expect(stdout).toMatch(/Demo wallet: Alice/);

      const response = await fetch(`${url}/api/v1/demo`);
      expect(response.status).toBe(200);
      expect(DemoInfoSchema.parse(await response.json()).wallets).toHaveLength(3);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    },
    TIMEOUT_MS,
  );

  it(
    'exits 1 with a clear message for an invalid PORT',
    async () => {
      const server = start({ PORT: 'abc', DATA_DIR: tempDir('main') });
      server.url.catch(() => undefined);
      expect(await server.exited).toBe(1);
      expect(server.output().stderr).toMatch(/Saoma cannot start: PORT must be a whole number/);
    },
    TIMEOUT_MS,
  );
});
