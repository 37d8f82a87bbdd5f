import { expect, test, type Browser, type Page } from '@playwright/test';
import { describeViolations, scanWithAxe } from './support/axe-scan.ts';
import { CHROMIUM_ARGS, findSystemChromium } from './support/chromium.ts';
import { scanWithGun } from './support/scan-gun.ts';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode, issueOfflineCodes, walletBalance } from './support/wallet-api.ts';

// saoma.test is the e2e server under a name that is not localhost: over plain HTTP that is not a
// secure context, as on a tablet that opens http://192.168.1.20:8080.
const HOST = 'saoma.test';
const executablePath = findSystemChromium();
test.use({
  launchOptions: {
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
    ...(executablePath ? { executablePath } : {}),
  },
});

/** A page of a fresh context on the e2e server's plain-HTTP address under HOST. */
async function insecurePage(
  browser: Browser,
  baseURL: string | undefined,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<Page> {
  const url = new URL(baseURL ?? '');
  url.hostname = HOST;
  const context = await browser.newContext({ baseURL: url.origin, colorScheme });
  return context.newPage();
}

test('over plain HTTP the camera is off and says why; manual entry and the scan gun pay', async ({
  browser,
  baseURL,
  request,
}) => {
  const page = await insecurePage(browser, baseURL);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));

  await openTerminal(page);
  // What the browser takes away outside a secure context: the terminal paired without them.
  expect(
    await page.evaluate(() => ({
      secure: window.isSecureContext,
      subtle: 'subtle' in crypto,
      randomUUID: 'randomUUID' in crypto,
      serviceWorker: 'serviceWorker' in navigator,
      mediaDevices: 'mediaDevices' in navigator,
    })),
  ).toEqual({
    secure: false,
    subtle: false,
    randomUUID: false,
    serviceWorker: false,
    mediaDevices: false,
  });

  const wallet = await createWallet(request, 'Plain HTTP customer', 20_000);
  const typed = await issueCode(request, wallet.walletId, wallet.token, 'wechat');
  await chargeByHand(page, '8.88', typed.authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥8.88 with WeChat Pay');

  await page.getByRole('button', { name: 'New sale' }).click();
  await page.getByLabel('Amount').fill('6.60');
  await page.getByRole('button', { name: 'Charge' }).click();
  const scanner = page.getByRole('region', { name: 'Scanner' });
  const notice = scanner.getByRole('region', { name: 'Camera off' });
  await expect(notice).toContainText(
    `This page was opened over plain HTTP at ${HOST}:${new URL(baseURL ?? '').port}. Browsers only allow the camera on HTTPS or on localhost.`,
  );
  await expect(notice).toContainText(
    'Open the terminal over HTTPS: start Saoma with npm start -- --https and open the https:// address it prints',
  );
  await expect(notice).toContainText(
    'Manual entry and a USB or Bluetooth scan gun work meanwhile.',
  );
  await expect(notice).toContainText('cannot be installed, nor opened while the network is down');
  // No camera was tried: no preview, and no camera error.
  await expect(scanner.getByLabel('Camera preview')).toHaveCount(0);
  await expect(scanner.getByRole('alert')).toHaveCount(0);

  const scanned = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  await scanWithGun(page, scanned.authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥6.60 with Alipay');
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(20_000 - 888 - 660);
  expect(errors).toEqual([]);
  await page.context().close();
});

test('over plain HTTP an offline code is verified without WebCrypto, then forwarded', async ({
  browser,
  baseURL,
  request,
}) => {
  const page = await insecurePage(browser, baseURL);
  const wallet = await createWallet(request, 'Plain HTTP offline customer', 100_000);
  const [offlineCode] = await issueOfflineCodes(request, wallet.walletId, wallet.token, 1, 20_000);
  if (!offlineCode) throw new Error('no offline code issued');
  const keysFetched = page.waitForResponse((response) => response.url().endsWith('/api/v1/keys'));
  // Without a service worker nothing can be fetched offline: the terminal loads @noble/curves'
  // P-256 (the nist chunk) as soon as it starts.
  const p256Fetched = page.waitForResponse((response) => /\/nist-[\w-]+\.js$/.test(response.url()));
  await openTerminal(page);
  await Promise.all([keysFetched, p256Fetched]);

  await page.context().setOffline(true);
  await chargeByHand(page, '45.60', offlineCode.text);
  await expect(page.getByRole('status')).toContainText('Accepted offline ¥45.60');
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(100_000);

  await page.context().setOffline(false);
  await expect
    .poll(() => walletBalance(request, wallet.walletId, wallet.token), { timeout: 30_000 })
    .toBe(100_000 - 4_560);
  await page.context().close();
});

test('the camera-off notice has no serious axe violations, light or dark, and speaks Chinese', async ({
  browser,
  baseURL,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await insecurePage(browser, baseURL, colorScheme);
    await openTerminal(page);
    await page.getByLabel('Amount').fill('1.00');
    await page.getByRole('button', { name: 'Charge' }).click();
    await expect(page.getByRole('region', { name: 'Camera off' })).toBeVisible();
    const { blocking } = await scanWithAxe(page);
    expect(describeViolations(blocking), `axe, ${colorScheme}`).toBe('');
    await page.context().close();
  }

  const page = await insecurePage(browser, baseURL);
  await page.goto('/?lang=zh-CN');
  await page.getByLabel('金额').fill('1.00');
  await page.getByRole('button', { name: '收款' }).click();
  const notice = page
    .getByRole('region', { name: '扫码器' })
    .getByRole('region', { name: '摄像头已关闭' });
  await expect(notice).toContainText(
    `此页面是通过未加密的 HTTP 打开的（${HOST}:${new URL(baseURL ?? '').port}）`,
  );
  await expect(notice).toContainText('手动输入和 USB 或蓝牙扫码枪照常可用');
  await page.context().close();
});
