import { expect, request as playwrightRequest, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { PairingCodeSchema } from '../protocol/terminals.ts';
import { startServer, type ServerProcess } from '../server/reliability/server-process.ts';
import { buildApp } from './support/app-builds.ts';
import { startStaticHost, type StaticHost } from './support/static-host.ts';
import { chargeByHand } from './support/terminal-page.ts';
import { ADMIN_TOKEN, createWallet, issueCode, walletBalance } from './support/wallet-api.ts';

/**
 * The terminal as a static site on one origin, the wallet on another: the way a shop deploys it
 * with a static host (README, "Separate origins"). The wallet runs without demo mode, so the
 * terminal pairs with a code as it would in a real shop.
 */
const TMP = path.resolve(process.env.E2E_DATA_DIR ?? 'e2e/.tmp/wallet-data');
const BUILT = `${TMP}-separate-origins-site`;
const DATA_DIR = `${TMP}-separate-origins-wallet`;
// The plain build (no VITE_WALLET_URL), as `npm run build` makes it.
const PLAIN = path.resolve(process.env.STATIC_DIR ?? 'dist');

let wallet: ServerProcess;
let allowed: StaticHost;
let plainHost: StaticHost;
let stranger: StaticHost;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  rmSync(BUILT, { recursive: true, force: true });
  rmSync(DATA_DIR, { recursive: true, force: true });
  // The hosts come first: the wallet must know their origins, and the build the wallet's.
  allowed = await startStaticHost(BUILT);
  plainHost = await startStaticHost(PLAIN);
  stranger = await startStaticHost(BUILT);
  wallet = await startServer({
    PORT: '0',
    DATA_DIR,
    ADMIN_TOKEN,
    DEMO: '0',
    ALLOWED_ORIGINS: `${allowed.origin},${plainHost.origin}`,
    OPEN_RATE_LIMIT_PER_MINUTE: '100000',
  });
  buildApp(BUILT, 'separate-origins', { VITE_WALLET_URL: wallet.origin });
});

test.afterAll(async () => {
  await Promise.all([wallet.stop('SIGTERM'), allowed.close(), plainHost.close(), stranger.close()]);
  rmSync(BUILT, { recursive: true, force: true });
  rmSync(DATA_DIR, { recursive: true, force: true });
});

async function walletApi() {
  return playwrightRequest.newContext({ baseURL: wallet.origin });
}

async function pairWithCode(page: Page): Promise<void> {
  const api = await walletApi();
  const response = await api.post('/api/v1/pairing-codes', {
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    data: {},
  });
  expect(response.status(), await response.text()).toBe(201);
  const { code } = PairingCodeSchema.parse(await response.json());
  await api.dispose();
  await page.getByLabel('Pairing code').fill(code);
  await page.getByRole('button', { name: 'Pair', exact: true }).click();
  await expect(page.getByLabel('Amount')).toBeVisible();
  await expect(page.getByText(/^Terminal t_/)).toBeVisible();
}

test('a terminal built with the wallet’s address pairs with a code and takes a payment', async ({
  page,
}) => {
  await page.goto(`${allowed.origin}/`);
  await expect(page.getByRole('heading', { name: 'Pair this terminal' })).toBeVisible();
  await expect(page.getByText(`Talking to ${wallet.origin}.`)).toBeVisible();
  await pairWithCode(page);

  const api = await walletApi();
  const customer = await createWallet(api, 'Cross-origin customer', 10_000);
  const { authCode } = await issueCode(api, customer.walletId, customer.token, 'alipay');
  await chargeByHand(page, '12.34', authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥12.34 with Alipay');
  expect(await walletBalance(api, customer.walletId, customer.token)).toBe(10_000 - 1234);
  await api.dispose();
});

test('the plain build talks to the wallet server chosen on the device', async ({ page }) => {
  await page.goto(`${plainHost.origin}/`);
  // The static host is no wallet: its answer to the API is the app's own index.html.
  await expect(page.getByRole('alert')).toContainText('The wallet sent an unexpected answer');
  const address = page.getByLabel('Wallet server address');
  const use = page.getByRole('button', { name: 'Use this wallet server' });

  await address.fill(wallet.origin.replace('http://', ''));
  await use.click();
  await expect(page.getByText('Start the address with https:// (or http://)')).toBeVisible();
  await address.fill(`${wallet.origin}/api/v1`);
  await use.click();
  await expect(page.getByText('Give only the server’s address')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('saoma.walletOrigin'))).toBeNull();

  await address.fill(wallet.origin);
  await use.click();
  await expect(page.getByRole('heading', { name: 'Pair this terminal' })).toBeVisible();
  await pairWithCode(page);

  // The choice is kept on the device: a reload goes straight to the checkout.
  await page.reload();
  await expect(page.getByLabel('Amount')).toBeVisible();
  await page.goto(`${plainHost.origin}/settings`);
  await expect(page.getByText(`This terminal is paired with ${wallet.origin}.`)).toBeVisible();
});

test('an origin the wallet does not allow is refused by CORS', async ({ page }) => {
  const refusals: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /CORS/.test(message.text())) refusals.push(message.text());
  });
  await page.goto(`${stranger.origin}/`);
  await expect(page.getByRole('alert')).toContainText(
    `Cannot reach the wallet server at ${wallet.origin}`,
  );
  await expect(page.getByRole('alert')).toContainText(
    `ALLOWED_ORIGINS setting includes ${stranger.origin}`,
  );
  expect(refusals.join('\n')).toContain(
    `from origin '${stranger.origin}' has been blocked by CORS`,
  );

  // A signed call needs a preflight, and the wallet refuses it: the call itself is never sent.
  const sent = await page.evaluate(async (payments) => {
    try {
      await fetch(payments, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Saoma-HMAC-SHA256 x' },
        body: '{}',
      });
      return 'answered';
    } catch (error) {
      return error instanceof TypeError ? 'refused' : String(error);
    }
  }, `${wallet.origin}/api/v1/payments`);
  expect(sent).toBe('refused');

  const api = await walletApi();
  const preflight = (origin: string) =>
    api.fetch('/api/v1/payments', {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,content-type',
      },
    });
  const refused = await preflight(stranger.origin);
  expect(refused.status()).toBe(403);
  expect(refused.headers()['access-control-allow-origin']).toBeUndefined();
  const permitted = await preflight(allowed.origin);
  expect(permitted.status()).toBe(204);
  expect(permitted.headers()['access-control-allow-origin']).toBe(allowed.origin);
  await api.dispose();
});
