import { expect, test } from '@playwright/test';
import { demoPairingCode, redeemPairing } from './support/pairing-api.ts';
import { createWallet, issueCode } from './support/wallet-api.ts';
import { launchWithCamera } from './support/camera-browser.ts';
import { qrImage } from './support/y4m.ts';

/**
 * The terminal opened by a pairing link (`/#pair=<code>`, what the banner's terminal QR holds)
 * and the pairing screen's QR scan, on the computer itself (loopback).
 */
test('a pairing link pairs the terminal with its code and leaves no code in the URL', async ({
  page,
  request,
  baseURL,
}) => {
  const code = await demoPairingCode(request);
  const pairings: string[] = [];
  page.on('request', (sent) => {
    if (sent.url().endsWith('/api/v1/pairings')) pairings.push(sent.postData() ?? '');
  });
  await page.goto(`/#pair=${code}`);
  await expect(page.getByLabel('Amount')).toBeVisible();
  expect(page.url()).toBe(`${baseURL ?? ''}/`);
  expect(await page.evaluate(() => window.location.hash)).toBe('');
  // The link's code paired it (not demo self-pairing), so the code is now spent.
  expect(pairings).toEqual([JSON.stringify({ code, name: 'Saoma terminal' })]);
  expect(await redeemPairing(request, code)).toMatchObject({ status: 400 });

  // Paired already: another link's code is not sent, and the cashier is told.
  const second = await demoPairingCode(request);
  await page.goto(`/#pair=${second}`);
  await expect(
    page.getByText('already paired, so the pairing code in the link was not used'),
  ).toBeVisible();
  await expect(page.getByLabel('Amount')).toBeVisible();
  expect(page.url()).toBe(`${baseURL ?? ''}/`);
  expect(pairings).toHaveLength(1);
  expect((await redeemPairing(request, second)).status).toBe(201);
});

test("a used code shows the wallet's reason on the pairing screen, and the code can be typed", async ({
  page,
  request,
}) => {
  const used = await demoPairingCode(request);
  expect((await redeemPairing(request, used)).status).toBe(201);
  await page.goto(`/#pair=${used}`);
  await expect(page.getByRole('heading', { name: 'Pair this terminal' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(
    'The pairing code in the link was not accepted: was already used; ask for a new one',
  );
  await page.getByLabel('Pairing code').fill(await demoPairingCode(request));
  await page.getByRole('button', { name: 'Pair', exact: true }).click();
  await expect(page.getByLabel('Amount')).toBeVisible();
});

test('the pairing screen scans a pairing QR with the camera and pairs', async ({
  request,
  baseURL,
}) => {
  const origin = baseURL ?? '';
  const used = await demoPairingCode(request);
  expect((await redeemPairing(request, used)).status).toBe(201);
  const code = await demoPairingCode(request);
  const { browser, page } = await launchWithCamera(
    'pairing-qr',
    qrImage(`${origin}/#pair=${code}`),
    origin,
  );
  try {
    // A spent link leaves the terminal on its pairing screen, where the camera is offered.
    await page.goto(`/#pair=${used}`);
    await page.getByRole('button', { name: 'Scan pairing QR' }).click();
    await expect(page.getByLabel('Amount')).toBeVisible();
    expect(await redeemPairing(request, code)).toMatchObject({ status: 400 });
  } finally {
    await browser.close();
  }
});

test('the pairing screen refuses a payment QR and sends it nowhere', async ({
  request,
  baseURL,
}) => {
  const origin = baseURL ?? '';
  const used = await demoPairingCode(request);
  expect((await redeemPairing(request, used)).status).toBe(201);
  const wallet = await createWallet(request, 'Pairing refusal', 10_000);
  const { authCode } = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  const { browser, page } = await launchWithCamera('pairing-payment-qr', qrImage(authCode), origin);
  const sent: string[] = [];
  try {
    await page.goto(`/#pair=${used}`);
    await expect(page.getByRole('alert')).toContainText('was already used');
    page.on('request', (request) => sent.push(`${request.url()} ${request.postData() ?? ''}`));
    await page.getByRole('button', { name: 'Scan pairing QR' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'payment code' })).toHaveText(
      'That is a payment code, not a pairing QR. It was not sent anywhere. Scan the terminal pairing QR.',
    );
    await expect(page.getByRole('heading', { name: 'Pair this terminal' })).toBeVisible();
    expect(sent.filter((line) => line.includes('/api/') || line.includes(authCode))).toEqual([]);
  } finally {
    await browser.close();
  }
});
