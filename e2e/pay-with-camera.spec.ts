import { mkdir, writeFile } from 'node:fs/promises';
import { expect, test } from './support/camera-fixture.ts';
import { openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode, walletBalance } from './support/wallet-api.ts';
import { code128Image, qrImage } from './support/y4m.ts';

test('a QR code alone on the camera pays 12.50 and debits the wallet by exactly 1250', async ({
  request,
  pageWithCamera,
}) => {
  const wallet = await createWallet(request, 'E2E customer', 50_000);
  const { authCode } = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  const before = await walletBalance(request, wallet.walletId, wallet.token);

  const page = await pageWithCamera('pay-alipay', qrImage(authCode));
  await openTerminal(page);
  await page.getByLabel('Amount').fill('12.50');

  const status = page.getByRole('status');
  await page.getByRole('button', { name: 'Charge' }).click();
  const clickedAt = Date.now();
  await expect(status).toContainText('Paid');
  const chargeToPaidMs = Date.now() - clickedAt;

  await expect(status).toContainText('12.50');
  const codeToPaidMs = await page.evaluate(
    () =>
      performance.measure('code-to-paid', 'saoma:code-accepted', 'saoma:outcome-shown').duration,
  );
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(before - 1250);

  await mkdir('test-results', { recursive: true });
  await writeFile(
    'test-results/e2e-timings.json',
    JSON.stringify({ chargeToPaidMs, codeToPaidMs }, null, 2),
  );
  console.log(
    `Charge to Paid: ${chargeToPaidMs} ms; code accepted to Paid: ${codeToPaidMs.toFixed(1)} ms`,
  );
});

test('a Code 128 barcode alone on the camera pays', async ({ request, pageWithCamera }) => {
  const wallet = await createWallet(request, 'E2E barcode customer', 50_000);
  const { authCode } = await issueCode(request, wallet.walletId, wallet.token, 'unionpay');
  const before = await walletBalance(request, wallet.walletId, wallet.token);

  const page = await pageWithCamera('pay-unionpay-code128', code128Image(authCode));
  await openTerminal(page);
  await page.getByLabel('Amount').fill('3.21');
  await page.getByRole('button', { name: 'Charge' }).click();
  await expect(page.getByRole('status')).toContainText('Paid ¥3.21 with UnionPay');
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(before - 321);
});
