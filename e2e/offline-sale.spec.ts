import { expect, test } from '@playwright/test';
import { chargeByHand, goOffline, openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode, issueOfflineCodes, walletBalance } from './support/wallet-api.ts';

test('offline, an online code is refused at once and an offline code is accepted, then forwarded once online', async ({
  page,
  context,
  request,
}) => {
  const wallet = await createWallet(request, 'Offline customer', 100_000);
  const [offlineCode] = await issueOfflineCodes(request, wallet.walletId, wallet.token, 1, 20_000);
  if (!offlineCode) throw new Error('no offline code issued');
  const onlineCode = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  // The terminal fetches the wallet's keys while online; offline it verifies codes with them.
  const keysFetched = page.waitForResponse((response) => response.url().endsWith('/api/v1/keys'));
  await openTerminal(page);
  await keysFetched;

  await goOffline(page);
  await chargeByHand(page, '45.60', onlineCode.authCode);
  const refusal = page.getByRole('alert').and(page.locator('.refusal'));
  await expect(refusal).toHaveText('Offline: ask for an offline code or take cash.');
  await expect(page.getByRole('status')).toHaveText('');

  await page.getByLabel('Payment code').fill(offlineCode.text);
  await page.getByRole('button', { name: 'Pay' }).click();
  await expect(page.getByRole('status')).toContainText('Accepted offline ¥45.60');
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(100_000);

  // The same offline code is taken once.
  await page.getByRole('button', { name: 'New sale' }).click();
  await chargeByHand(page, '1.00', offlineCode.text);
  await expect(refusal).toHaveText(
    'This offline code was already used for a sale on this terminal.',
  );

  await context.setOffline(false);
  await page.getByRole('button', { name: 'Close scanner' }).click();
  await expect
    .poll(() => walletBalance(request, wallet.walletId, wallet.token), { timeout: 30_000 })
    .toBe(100_000 - 4_560);
});

test('offline limits: a sale over the per-sale limit is refused with its own message', async ({
  page,
  context,
  request,
}) => {
  const wallet = await createWallet(request, 'Big spender', 1_000_000);
  const [code] = await issueOfflineCodes(request, wallet.walletId, wallet.token, 1, 50_000);
  if (!code) throw new Error('no offline code issued');
  const keysFetched = page.waitForResponse((response) => response.url().endsWith('/api/v1/keys'));
  await openTerminal(page);
  await keysFetched;
  await goOffline(page);
  await chargeByHand(page, '250.00', code.text);
  await expect(page.getByRole('alert').and(page.locator('.refusal'))).toContainText(
    'limited to ¥200.00 each',
  );
  await context.setOffline(false);
});
