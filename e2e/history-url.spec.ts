import { expect, test } from '@playwright/test';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode } from './support/wallet-api.ts';

test('History’s URL: Back closes a sale, a filtered link opens the same view, bad values are ignored', async ({
  page,
  request,
}) => {
  const wallet = await createWallet(request, 'URL customer', 100_000);
  const alipay = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  const wechat = await issueCode(request, wallet.walletId, wallet.token, 'wechat');
  await openTerminal(page);
  await chargeByHand(page, '30.00', alipay.authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥30.00 with Alipay');
  await page.getByRole('button', { name: 'New sale' }).click();
  await chargeByHand(page, '12.50', wechat.authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥12.50 with WeChat Pay');

  await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
  const journal = page.getByRole('list', { name: 'Journal' });
  await expect(journal.getByRole('button')).toHaveCount(2);
  await page.getByLabel('Provider').selectOption({ label: 'WeChat Pay' });
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(journal.getByRole('button')).toHaveCount(1);
  expect(new URL(page.url()).searchParams.get('provider')).toBe('wechat');

  await journal.getByRole('button', { name: /^Sale ¥12\.50/ }).click();
  const detail = page.getByRole('region', { name: /^Sale SO/ });
  await expect(detail).toBeVisible();
  const saleUrl = page.url();
  await page.goBack();
  await expect(detail).toHaveCount(0);
  await expect(journal.getByRole('button')).toHaveCount(1);
  await expect(page.getByLabel('Provider')).toHaveValue('wechat');

  // The sale's link, opened afresh, shows the same sale; a filtered link the same filtered list.
  await page.goto(saleUrl);
  await expect(page.getByRole('region', { name: /^Sale SO/ })).toBeVisible();
  await page.goto('/history?provider=wechat');
  await expect(journal.getByRole('button')).toHaveCount(1);
  await expect(journal.getByRole('button')).toHaveAccessibleName(/^Sale ¥12\.50, WeChat Pay/);

  await page.goto('/history?provider=paypal&from=2026-02-30&min=abc&sale=%3Cx%3E');
  await expect(journal.getByRole('button')).toHaveCount(2);
  await expect(page.getByLabel('Provider')).toHaveValue('');
});
