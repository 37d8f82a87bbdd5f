import { expect, test } from '@playwright/test';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { answerPrompt, createWallet, issueCode, walletBalance } from './support/wallet-api.ts';

test('above 1,000.00 the terminal waits for the customer, with a countdown, and is paid on confirm', async ({
  page,
  request,
}) => {
  const wallet = await createWallet(request, 'Confirming customer', 500_000);
  const code = await issueCode(request, wallet.walletId, wallet.token, 'wechat');
  await openTerminal(page);
  await chargeByHand(page, '1500.00', code.authCode);
  await expect(page.getByRole('status')).toContainText('Waiting for customer');
  await expect(page.getByRole('status')).toContainText(/\d+ s left/);
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await answerPrompt(request, wallet.walletId, wallet.token, 'confirm');
  await expect(page.getByRole('status')).toContainText('Paid ¥1500.00', { timeout: 10_000 });
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(350_000);
});

test('the cashier cancels a payment waiting for the customer, and no money moves', async ({
  page,
  request,
}) => {
  const wallet = await createWallet(request, 'Hesitant customer', 500_000);
  const code = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  await openTerminal(page);
  await chargeByHand(page, '2000.00', code.authCode);
  await expect(page.getByRole('status')).toContainText('Waiting for customer');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status')).toContainText('Cancelled ¥2000.00');
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(500_000);
});

test('a customer who rejects the prompt gets a decline with the reason', async ({
  page,
  request,
}) => {
  const wallet = await createWallet(request, 'Rejecting customer', 500_000);
  const code = await issueCode(request, wallet.walletId, wallet.token, 'unionpay');
  await openTerminal(page);
  await chargeByHand(page, '1200.00', code.authCode);
  await expect(page.getByRole('status')).toContainText('Waiting for customer');
  await answerPrompt(request, wallet.walletId, wallet.token, 'reject');
  await expect(page.getByRole('status')).toContainText('Declined', { timeout: 10_000 });
  await expect(page.getByRole('status')).toContainText('USER_REJECTED');
});
