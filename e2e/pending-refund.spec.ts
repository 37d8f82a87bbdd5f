import { expect, test } from '@playwright/test';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode, walletBalance } from './support/wallet-api.ts';

test('a refund queued offline from History is pending in the top bar and on Sync until it is sent', async ({
  page,
  request,
}) => {
  const wallet = await createWallet(request, 'Refund customer', 100_000);
  const code = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  await openTerminal(page);
  await chargeByHand(page, '30.00', code.authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥30.00 with Alipay');
  const strip = page.getByRole('banner');
  await expect(strip).toContainText('All sent');

  await page.context().setOffline(true);
  await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
  await page
    .getByRole('list', { name: 'Journal' })
    .getByRole('button', { name: /^Sale ¥30\.00/ })
    .click();
  const detail = page.getByRole('region', { name: /^Sale SO/ });
  await detail.getByLabel('Refund amount').fill('10.00');
  await detail.getByRole('button', { name: /^Refund ¥10\.00/ }).click();
  await expect(detail.getByRole('status')).toContainText(/Refund RF\S+ of ¥10\.00 is queued/);

  // The promise to the customer is unsent work, wherever the cashier looks.
  await expect(strip).toContainText('1 pending');
  await page.getByRole('navigation').getByRole('link', { name: 'Sync' }).click();
  await expect(page.getByRole('heading', { name: 'Pending (1)' })).toBeVisible();
  await expect(page.getByText(/^Refund of ¥10\.00 for sale SO\S+$/)).toBeVisible();
  await expect(page.getByText('Nothing is waiting to be sent.')).toHaveCount(0);

  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(strip).toContainText('All sent');
  await expect(page.getByRole('heading', { name: 'Pending (0)' })).toBeVisible();
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(100_000 - 3_000 + 1_000);
});
