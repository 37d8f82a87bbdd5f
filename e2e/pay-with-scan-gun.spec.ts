import { expect, test } from '@playwright/test';
import { scanWithGun } from './support/scan-gun.ts';
import { openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode, walletBalance } from './support/wallet-api.ts';

test('a scan gun burst pays; keys typed at human speed are not taken as a scan', async ({
  page,
  request,
}) => {
  const wallet = await createWallet(request, 'Scan gun customer', 20_000);
  const { authCode } = await issueCode(request, wallet.walletId, wallet.token, 'wechat');
  const before = await walletBalance(request, wallet.walletId, wallet.token);
  const bystander = await createWallet(request, 'Typed by hand', 20_000);
  const typed = await issueCode(request, bystander.walletId, bystander.token, 'alipay');

  await openTerminal(page);
  await page.getByLabel('Amount').fill('6.60');
  await page.getByRole('button', { name: 'Charge' }).click();
  await expect(page.getByRole('region', { name: 'Scanner' })).toBeVisible();

  // Keys 80 ms apart are a person typing, not a scan: this code must not be charged.
  await scanWithGun(page, typed.authCode, 80);
  await scanWithGun(page, authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥6.60 with WeChat Pay');
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(before - 660);
  expect(await walletBalance(request, bystander.walletId, bystander.token)).toBe(20_000);
});
