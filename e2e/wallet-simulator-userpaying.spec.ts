import { expect, test } from '@playwright/test';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { onlineCodeDigits, openSimulatorWithNewWallet } from './support/wallet-simulator-page.ts';

test('the customer confirms a large payment on the simulator and the terminal is paid', async ({
  context,
}) => {
  const phone = await context.newPage();
  await openSimulatorWithNewWallet(phone, 'Big basket customer', '5000.00');
  const code = await onlineCodeDigits(phone);

  const terminal = await context.newPage();
  await openTerminal(terminal);
  await chargeByHand(terminal, '1500.00', code);
  await expect(terminal.getByRole('status')).toContainText('Waiting for customer');

  const prompt = phone.getByRole('article', { name: 'Payment request of ¥1500.00' });
  await expect(prompt).toContainText('Saoma Demo Shop');
  await expect(prompt).toContainText(/\d+ s left to answer/);
  await expect(phone.getByRole('status').filter({ hasText: 'Payment request' })).toContainText(
    '¥1500.00',
  );
  await prompt.getByRole('button', { name: 'Confirm payment' }).click();

  await expect(terminal.getByRole('status')).toContainText('Paid ¥1500.00');
  await expect(prompt).toBeHidden();
  await expect(phone.getByRole('status').filter({ hasText: 'Paid ¥1500.00' })).toBeVisible();
  await expect(phone.getByLabel('Balance', { exact: true })).toHaveText('¥3500.00');
});

test('the customer rejects the prompt and the terminal shows the decline', async ({ context }) => {
  const phone = await context.newPage();
  await openSimulatorWithNewWallet(phone, 'Second thoughts', '5000.00');
  const code = await onlineCodeDigits(phone);

  const terminal = await context.newPage();
  await openTerminal(terminal);
  await chargeByHand(terminal, '1200.00', code);
  await expect(terminal.getByRole('status')).toContainText('Waiting for customer');

  const prompt = phone.getByRole('article', { name: 'Payment request of ¥1200.00' });
  await prompt.getByRole('button', { name: 'Reject payment' }).click();

  await expect(terminal.getByRole('status')).toContainText('Declined');
  await expect(terminal.getByRole('status')).toContainText('USER_REJECTED');
  await expect(phone.getByRole('status').filter({ hasText: 'Rejected' })).toContainText('¥1200.00');
  await expect(phone.getByLabel('Balance', { exact: true })).toHaveText('¥5000.00');
});
