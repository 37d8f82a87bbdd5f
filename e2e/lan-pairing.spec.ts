import { chromium, expect, test } from '@playwright/test';
import { execFile } from 'node:child_process';
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { IssuedCodeSchema } from '../protocol/wallets.ts';
import { WalletTokensSchema } from '../protocol/wallet-pairing.ts';
import { startServer, type ServerProcess } from '../server/reliability/server-process.ts';
import { decodeBannerQr } from './support/banner-qr.ts';
import { CHROMIUM_ARGS, findSystemChromium } from './support/chromium.ts';
import { createNetns, HOST_ADDRESS, type Netns } from './support/netns.ts';
import { tabletRequest } from './support/netns-https.ts';
import { chargeByHand } from './support/terminal-page.ts';
import { ADMIN_TOKEN } from './support/wallet-api.ts';

/**
 * The real LAN: a network namespace of this run with a veth pair plays the shop's Wi-Fi, the
 * server listens with --https on the host's end (10.231.0.1) only, and everything the "tablet"
 * does runs inside the namespace (10.231.0.2): Node trusting only the server's CA, and a real
 * Chromium started there. Nothing else but loopback is used. Needs root, as CI is.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DATA_DIR = path.resolve(
  ROOT,
  `${process.env.E2E_DATA_DIR ?? 'e2e/.tmp/wallet-data'}-lan-pairing`,
);
const TERMINAL_QR = "Scan with the tablet's camera app: terminal";
const WALLET_QR = "Scan with a phone's camera app: wallet simulator";
const CODE = '[2-9A-HJKMNP-Z]+';

test.describe.configure({ mode: 'serial' });

let ns: Netns | null = null;
let server: ServerProcess | null = null;
let origin = '';
let caPem = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  ns = await createNetns();
  try {
    await rm(DATA_DIR, { recursive: true, force: true });
    // After the veth exists, so that the server finds 10.231.0.1 among its LAN addresses.
    server = await startServer({
      HTTPS: '1',
      HOST: HOST_ADDRESS,
      PORT: '0',
      HTTP_PORT: '0',
      DATA_DIR,
      ADMIN_TOKEN,
    });
    origin = server.origin;
    caPem = await readFile(path.join(DATA_DIR, 'tls', 'saoma-ca.pem'), 'utf8');
  } catch (error) {
    await tearDown();
    throw error;
  }
});

test.afterAll(tearDown);

async function tearDown(): Promise<void> {
  try {
    await server?.stop('SIGTERM');
    server = null;
    await rm(DATA_DIR, { recursive: true, force: true });
  } finally {
    const made = ns;
    ns = null;
    await made?.remove();
    if (made) {
      const { stdout } = await promisify(execFile)('ip', ['netns', 'list']);
      expect(stdout).not.toContain(made.name);
    }
  }
}

function tablet(): Netns {
  if (!ns) throw new Error('The namespace was not made');
  return ns;
}

/** A QR code the banner printed: the URL in its title line, and the text the QR itself holds. */
function printedQr(title: string): { url: string; decoded: string } {
  const stdout = server?.output().stdout ?? '';
  const at = stdout.indexOf(title);
  expect(at, stdout).toBeGreaterThanOrEqual(0);
  const [titleLine = '', ...rest] = stdout.slice(at).split('\n');
  const url = /\((https:\/\/\S+)\)$/.exec(titleLine)?.[1] ?? '';
  const end = rest.indexOf('');
  return { url, decoded: decodeBannerQr(rest.slice(0, end === -1 ? undefined : end).join('\n')) };
}

test('from the LAN, demo self-service and open wallet creation are refused (403)', async () => {
  const refused = [
    { method: 'GET', url: `${origin}/api/v1/demo` },
    { method: 'POST', url: `${origin}/api/v1/demo/pairing-codes`, body: {} },
    { method: 'POST', url: `${origin}/api/v1/demo/wallet-tokens`, body: {} },
    { method: 'POST', url: `${origin}/api/v1/wallets`, body: { name: 'Mallory', balance: 1 } },
  ] as const;
  for (const request of refused) {
    const answer = await tabletRequest(tablet(), caPem, request);
    expect(answer.status, `${request.method} ${request.url}: ${answer.text}`).toBe(403);
    expect(answer.json).toMatchObject({
      code: 'FORBIDDEN',
      detail: expect.stringContaining('npm start'),
    });
  }
});

test("a Chromium on the LAN opens the banner's terminal QR, pairs itself and takes a payment", async () => {
  test.setTimeout(120_000);
  const terminal = printedQr(TERMINAL_QR);
  expect(terminal.url).toMatch(new RegExp(`^${origin}/#pair=${CODE}$`));
  expect(terminal.decoded).toBe(terminal.url);
  const wallet = printedQr(WALLET_QR);
  expect(wallet.url).toMatch(new RegExp(`^${origin}/wallet#pair=${CODE}$`));
  expect(wallet.decoded).toBe(wallet.url);

  // The customer's phone, on the LAN too: the banner's wallet code opens the demo wallets.
  const walletCode = new URL(wallet.url).hash.replace('#pair=', '');
  const opened = await tabletRequest(tablet(), caPem, {
    method: 'POST',
    url: `${origin}/api/v1/wallet-pairings`,
    body: { code: walletCode },
  });
  expect(opened.status, opened.text).toBe(201);
  const [customer] = WalletTokensSchema.parse(opened.json).wallets;
  if (!customer) throw new Error('The wallet pairing code opened no wallet');
  const issued = await tabletRequest(tablet(), caPem, {
    method: 'POST',
    url: `${origin}/api/v1/wallets/${customer.walletId}/codes`,
    headers: { Authorization: `Bearer ${customer.token}` },
    body: { provider: 'alipay' },
  });
  expect(issued.status, issued.text).toBe(201);
  const { authCode } = IssuedCodeSchema.parse(issued.json);

  const dir = await mkdtemp(path.join(tmpdir(), 'saoma-lan-chromium-'));
  const wrapper = path.join(dir, 'chromium-in-netns.sh');
  const chromiumPath = findSystemChromium() ?? '/usr/bin/chromium';
  await writeFile(wrapper, `#!/bin/sh\nexec ip netns exec ${tablet().name} ${chromiumPath} "$@"\n`);
  await chmod(wrapper, 0o700);
  const browser = await chromium.launch({
    executablePath: wrapper,
    // Test only: the CA is not in this throwaway profile's trust store.
    args: [...CHROMIUM_ARGS, '--ignore-certificate-errors'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(terminal.decoded);
    await expect(page.getByLabel('Amount')).toBeVisible();
    expect(page.url()).toBe(`${origin}/`);
    await chargeByHand(page, '6.60', authCode);
    await expect(page.getByRole('status')).toContainText('Paid ¥6.60');
  } finally {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  }

  // The banner's code paired that one tablet: a second use is refused.
  const again = await tabletRequest(tablet(), caPem, {
    method: 'POST',
    url: `${origin}/api/v1/pairings`,
    body: { code: new URL(terminal.url).hash.replace('#pair=', ''), name: 'Second tablet' },
  });
  expect(again.status, again.text).toBe(400);
  expect(again.text).toContain('was already used');
});

test('npm run pair prints the next code, which pairs one device from the LAN once', async () => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'scripts/pair.ts'],
    { cwd: ROOT, env: { PATH: process.env.PATH ?? '', DATA_DIR } },
  );
  const url = new RegExp(`${origin}/#pair=(${CODE})`).exec(stdout);
  const code = url?.[1];
  if (code === undefined) throw new Error(`npm run pair printed no URL for ${origin}:\n${stdout}`);
  const pair = () =>
    tabletRequest(tablet(), caPem, {
      method: 'POST',
      url: `${origin}/api/v1/pairings`,
      body: { code, name: 'LAN tablet' },
    });
  const first = await pair();
  expect(first.status, first.text).toBe(201);
  expect(first.json).toMatchObject({ terminalId: expect.stringMatching(/^t_/) });
  const second = await pair();
  expect(second.status, second.text).toBe(400);
  expect(second.text).toContain('was already used');
});
