import { expect, test } from '@playwright/test';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';

test('by hand: the simulator shows a code, the cashier types it, the balance falls', async ({
  context,
}) => {
  const wallet = await context.newPage();
  await wallet.goto('/wallet');
  const bob = await wallet.getByRole('option', { name: /^Bob / }).getAttribute('value');
  await wallet.getByRole('combobox', { name: 'Wallet' }).selectOption(bob ?? '');
  await wallet.getByRole('combobox', { name: 'Provider' }).selectOption('wechat');
  const balance = wallet.getByLabel('Balance', { exact: true });
  await expect(balance).toHaveText(/^¥\d+\.\d\d$/);
  const before = await balance.textContent();
  const digits = wallet.getByLabel('Payment code digits');
  await expect(digits).toHaveText(/^1[0-5]\d\d/);
  await expect(wallet.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
  await expect(wallet.getByRole('img', { name: 'Payment barcode' })).toBeVisible();
  const code = ((await digits.textContent()) ?? '').replace(/\s/g, '');

  const terminal = await context.newPage();
  await openTerminal(terminal);
  await chargeByHand(terminal, '8.88', code);
  await expect(terminal.getByRole('status')).toContainText('Paid ¥8.88 with WeChat Pay');

  const expected = (Number((before ?? '').replace('¥', '')) * 100 - 888) / 100;
  await expect(balance).toHaveText(`¥${expected.toFixed(2)}`);
  // The code was presented, so the simulator replaces it with a fresh one.
  await expect(digits).not.toHaveText(code.replace(/(\d{4})(?=\d)/g, '$1 '));

  // Presenting the dead code again is declined, and charges nothing.
  await terminal.getByRole('button', { name: 'New sale' }).click();
  await chargeByHand(terminal, '1.00', code);
  await expect(terminal.getByRole('status')).toContainText('Declined');
  await expect(terminal.getByRole('status')).toContainText('CODE_USED');
  await expect(balance).toHaveText(`¥${expected.toFixed(2)}`);
});
