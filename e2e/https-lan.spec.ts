import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { X509Certificate } from 'node:crypto';
import { launchWithCamera } from './support/camera-browser.ts';
import {
  HTTPS_HOST,
  HTTPS_NAME,
  startHttpsServer,
  type HttpsServer,
} from './support/https-server.ts';
import { waitForServiceWorker } from './support/service-worker.ts';
import { openTerminal } from './support/terminal-page.ts';
import { tlsHandshake } from './support/tls-handshake.ts';
import { createWallet, issueCode, walletBalance } from './support/wallet-api.ts';
import { qrImage } from './support/y4m.ts';

/**
 * The tablet's path: the server with HTTPS=1 and its generated certificate, reached by a name
 * that is not localhost (saoma.test, mapped to the loopback alias 127.0.0.2), so the camera works
 * only because the page is served over HTTPS. Chromium skips the certificate check
 * (--ignore-certificate-errors, this spec only); Node checks the same certificate for real.
 */
let server: HttpsServer;
let api: APIRequestContext;

test.beforeAll(async ({ playwright }) => {
  server = await startHttpsServer('https-lan');
  api = await playwright.request.newContext({ baseURL: server.origin, ignoreHTTPSErrors: true });
});

test.afterAll(async () => {
  await api.dispose();
  await server.close();
});

test('a payment through the camera over HTTPS on a non-localhost name', async () => {
  const wallet = await createWallet(api, 'HTTPS customer', 50_000);
  const { authCode } = await issueCode(api, wallet.walletId, wallet.token, 'alipay');
  const before = await walletBalance(api, wallet.walletId, wallet.token);
  const origin = `https://${HTTPS_NAME}:${server.port}`;

  const { browser, page } = await launchWithCamera('https-lan', qrImage(authCode), origin, [
    '--ignore-certificate-errors',
    `--host-resolver-rules=MAP ${HTTPS_NAME} ${HTTPS_HOST}`,
  ]);
  const log = collectConsole(page);
  try {
    await openTerminal(page);
    expect(page.url()).toBe(`${origin}/`);
    expect(await page.evaluate(() => window.isSecureContext)).toBe(true);

    await page.getByLabel('Amount').fill('8.80');
    await page.getByRole('button', { name: 'Charge' }).click();
    await expect(page.locator('video')).toBeVisible();
    await expect(page.getByRole('status')).toContainText('Paid ¥8.80');
    expect(await walletBalance(api, wallet.walletId, wallet.token)).toBe(before - 880);
    // The service worker registers too: the certificate error is ignored, not merely tolerated.
    await waitForServiceWorker(page);
  } catch (error) {
    await attachDiagnostics(page, log);
    throw error;
  } finally {
    await browser.close();
  }
});

test('plain HTTP is redirected to the same host, path and query over HTTPS', async () => {
  const answer = await api.get(`http://${HTTPS_HOST}:${server.httpPort}/history?x=1`, {
    maxRedirects: 0,
  });
  expect(answer.status()).toBe(308);
  expect(answer.headers()['location']).toBe(`https://${HTTPS_HOST}:${server.port}/history?x=1`);
});

test('the CA download over plain HTTP is the CA that signed the certificate', async () => {
  const answer = await api.get(`http://${HTTPS_HOST}:${server.httpPort}/saoma-ca.crt`, {
    maxRedirects: 0,
  });
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toBe('application/x-x509-ca-cert');
  expect(await answer.body()).toEqual(new X509Certificate(server.caPem).raw);
});

test('a client that trusts only the CA verifies the certificate for the name', async () => {
  const target = { host: HTTPS_HOST, port: server.port };
  expect(await tlsHandshake({ ...target, servername: HTTPS_NAME, ca: server.caPem })).toEqual({
    authorized: true,
  });
  expect(await tlsHandshake({ ...target, servername: HTTPS_NAME })).toEqual({
    authorized: false,
    error: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  });
  expect(await tlsHandshake({ ...target, servername: 'other.test', ca: server.caPem })).toEqual({
    authorized: false,
    error: 'ERR_TLS_CERT_ALTNAME_INVALID',
  });
});

function collectConsole(page: Page): string[] {
  const log: string[] = [];
  page.on('console', (message) => log.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => log.push(`pageerror: ${error.message}`));
  return log;
}

async function attachDiagnostics(page: Page, log: string[]): Promise<void> {
  const testInfo = test.info();
  await testInfo.attach('https-page.png', {
    body: await page.screenshot(),
    contentType: 'image/png',
  });
  await testInfo.attach('https-console.txt', { body: log.join('\n'), contentType: 'text/plain' });
}
