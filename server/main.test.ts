import { spawn } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DemoInfoSchema } from '../protocol/demo.ts';
import { WalletTokensSchema } from '../protocol/wallet-pairing.ts';
import { tempDir } from './test-support/temp-dir.ts';
import { currentLanAddresses } from './tls/lan-addresses.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));
const TIMEOUT_MS = 20_000;

const BANNER = /Saoma is serving (https?:\/\/localhost:\d+)\n/;
const REDIRECT = /\n {2}Redirect: +http:\/\/localhost:(\d+) /;

/** Runs `tsx server/main.ts` as `npm start` does, with only the given variables set. */
function start(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // The banner is one write; with HTTPS the Redirect line follows the first.
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const match = BANNER.exec(stdout);
      if (match?.[1] === undefined) return;
      if (match[1].startsWith('https:') && !REDIRECT.test(stdout)) return;
      resolve(match[1]);
    });
    void exited.then(() => reject(new Error(`exited early: ${stderr}`)));
  });
  return { child, url, exited, output: () => ({ stdout, stderr }) };
}

describe('server/main.ts', () => {
  it(
    'starts in demo mode, prints its URL and admin token, serves the API, and stops on SIGTERM',
    async () => {
      const dataDir = tempDir('main');
      const server = start({ PORT: '0', DATA_DIR: dataDir });
      const url = await server.url;
      const { stdout } = server.output();
      const port = Number(new URL(url).port);
      expect(stdout).toMatch(/Saoma is serving http:\/\/localhost:\d+/);
      expect(stdout).toMatch(/Admin token: \S+ \(generated now/);
      expect(stdout).toMatch(/Demo wallet: Alice +w_\w+ +balance 10000\.00\n/);
      expect(stdout).not.toMatch(/Demo wallet:.*token/);
      expect(stdout).toContain(
        "On a tablet: npm start -- --https (see README, 'Use it on a tablet')",
      );
      const listening = path.join(dataDir, 'listening.json');
      expect(statSync(listening).mode & 0o777).toBe(0o600);
      expect(JSON.parse(readFileSync(listening, 'utf8'))).toMatchObject({
        scheme: 'http',
        port,
        localHost: 'localhost',
        addresses: [],
        demo: true,
      });

      // A real socket from 127.0.0.1: the loopback gate lets this machine in.
      const origin = `http://127.0.0.1:${port}`;
      const demo = await send('GET', `${origin}/api/v1/demo`);
      expect(demo.status).toBe(200);
      expect(DemoInfoSchema.parse(JSON.parse(demo.body.toString())).wallets).toHaveLength(3);
      const minted = await send('POST', `${origin}/api/v1/demo/wallet-tokens`, '{}');
      expect(minted.status).toBe(201);
      const [alice] = WalletTokensSchema.parse(JSON.parse(minted.body.toString())).wallets;
      if (alice === undefined) throw new Error('no demo wallet');
      const view = await send('GET', `${origin}/api/v1/wallets/${alice.walletId}`, undefined, {
        Authorization: `Bearer ${alice.token}`,
      });
      expect(view.status).toBe(200);

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(existsSync(listening)).toBe(false);

      // The next start knows the token only by its hash: it says it is set, and how to change it.
      const again = start({ PORT: '0', DATA_DIR: dataDir });
      await again.url;
      expect(again.output().stdout).toContain(
        '  Admin token: set (generated at the first start, stored as a hash); to replace it, start with ADMIN_TOKEN=<new token>',
      );
      again.child.kill('SIGTERM');
      expect(await again.exited).toBe(0);
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

  it(
    'exits 1 with a clear message for an unknown flag',
    async () => {
      const server = start({ PORT: '0', DATA_DIR: tempDir('main') }, ['--htps']);
      server.url.catch(() => undefined);
      expect(await server.exited).toBe(1);
      expect(server.output().stderr).toMatch(/Saoma cannot start: Unknown argument "--htps"/);
    },
    TIMEOUT_MS,
  );

  it(
    'serves HTTPS with its own CA, redirects plain HTTP, hands out the CA, and stops both',
    async () => {
      const dataDir = tempDir('main');
      const server = start({ HTTPS: '1', PORT: '0', HTTP_PORT: '0', DATA_DIR: dataDir });
      const url = await server.url;
      const { stdout } = server.output();
      const port = Number(new URL(url).port);
      const httpPort = Number(REDIRECT.exec(stdout)?.[1]);
      expect(url).toMatch(/^https:\/\/localhost:\d+$/);
      expect(stdout).toMatch(/HTTPS: +certificate made now, signed by the local CA/);
      expect(stdout).toContain(`/saoma-ca.pem (made now); trust it once on each tablet`);
      // HOST defaults to 0.0.0.0 with HTTPS: every IPv4 LAN address gets its URLs and the QR codes.
      const ipv4 = currentLanAddresses().filter(({ family }) => family === 'IPv4');
      for (const { address } of ipv4) {
        expect(stdout).toContain(`Terminal:         https://${address}:${port}/`);
        expect(stdout).toContain(`Wallet simulator: https://${address}:${port}/wallet`);
      }
      if (ipv4[0] !== undefined) {
        expect(stdout).toContain(
          `Trust the CA once on each device: http://${ipv4[0].address}:${httpPort}/saoma-ca.crt`,
        );
        expect(stdout).toContain("Scan with the tablet's camera app: terminal");
        expect(stdout).toContain("Scan with a phone's camera app: wallet simulator");
        // The QR and URL carry a one-time code, good for one device (redeemed over loopback).
        const code = new RegExp(
          `Terminal: +https://${ipv4[0].address.replaceAll('.', '\\.')}:${port}/#pair=([2-9A-Z]{12})\\n`,
        ).exec(stdout)?.[1];
        expect(code).toBeDefined();
        expect(stdout).toMatch(/Wallet simulator: +https:\/\/\S+\/wallet#pair=[2-9A-Z]{12}\n/);
        expect(stdout).toContain('each is good for one device and 10 minutes');
        expect(stdout).toContain('Next code:        npm run pair');
        const body = JSON.stringify({ code, name: 'Tablet' });
        const pairings = `https://127.0.0.1:${port}/api/v1/pairings`;
        const caPemNow = readFileSync(path.join(dataDir, 'tls', 'saoma-ca.pem'), 'utf8');
        expect((await send('POST', pairings, body, {}, caPemNow)).status).toBe(201);
        expect((await send('POST', pairings, body, {}, caPemNow)).status).toBe(400);
      }

      const caPem = readFileSync(path.join(dataDir, 'tls', 'saoma-ca.pem'), 'utf8');
      const demo = await get(`https://127.0.0.1:${port}/api/v1/demo`, caPem);
      expect(demo.status).toBe(200);
      expect(DemoInfoSchema.parse(JSON.parse(demo.body.toString())).wallets).toHaveLength(3);

      const redirected = await get(`http://127.0.0.1:${httpPort}/history?x=1`);
      expect(redirected.status).toBe(308);
      expect(redirected.location).toBe(`https://127.0.0.1:${port}/history?x=1`);

      const caDer = new X509Certificate(caPem).raw;
      for (const caUrl of [
        `http://127.0.0.1:${httpPort}/saoma-ca.crt`,
        `https://127.0.0.1:${port}/saoma-ca.crt`,
      ]) {
        const ca = await get(caUrl, caPem);
        expect(ca.status).toBe(200);
        expect(ca.contentType).toBe('application/x-x509-ca-cert');
        expect(ca.body).toEqual(caDer);
      }

      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
    },
    TIMEOUT_MS,
  );

  it(
    'exits 1 naming HTTP_PORT when the redirect port is taken',
    async () => {
      const blocker = createServer();
      blocker.listen(0, '127.0.0.1');
      await once(blocker, 'listening');
      const address = blocker.address();
      if (address === null || typeof address === 'string') throw new Error('not listening');
      try {
        const server = start({
          HTTPS: '1',
          HOST: '127.0.0.1',
          PORT: '0',
          HTTP_PORT: String(address.port),
          DATA_DIR: tempDir('main'),
        });
        server.url.catch(() => undefined);
        expect(await server.exited).toBe(1);
        expect(server.output().stderr).toMatch(
          /Saoma cannot start: cannot listen for the HTTP-to-HTTPS redirect on 127\.0\.0\.1:\d+ \(HTTP_PORT; choose a free port, or HTTP_PORT=off\): .*EADDRINUSE/,
        );
      } finally {
        blocker.close();
      }
    },
    TIMEOUT_MS,
  );
});

type Answer = { status: number; location?: string; contentType?: string; body: Buffer };

/** A request from 127.0.0.1 (the socket's own address), over HTTP or HTTPS trusting `caPem`. */
function send(
  method: string,
  url: string,
  body?: string,
  headers: Record<string, string> = {},
  caPem?: string,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const options = {
      method,
      agent: false,
      localAddress: '127.0.0.1',
      headers: {
        ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
    } as const;
    const onAnswer = (incoming: IncomingMessage) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks) }),
      );
    };
    const outgoing = url.startsWith('https:')
      ? httpsRequest(url, { ...options, ca: caPem }, onAnswer)
      : httpRequest(url, options, onAnswer);
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A GET over HTTP, or over HTTPS trusting `caPem` alone. */
function get(url: string, caPem?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const onAnswer = (incoming: IncomingMessage) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({
          status: incoming.statusCode ?? 0,
          location: incoming.headers.location,
          contentType: incoming.headers['content-type'],
          body: Buffer.concat(chunks),
        }),
      );
    };
    const outgoing = url.startsWith('https:')
      ? httpsRequest(url, { ca: caPem, agent: false }, onAnswer)
      : httpRequest(url, { agent: false }, onAnswer);
    outgoing.on('error', reject);
    outgoing.end();
  });
}
