import { expect, test } from '@playwright/test';
import { tabTo } from './support/keyboard.ts';
import { openTerminal } from './support/terminal-page.ts';
import { createWallet, issueCode, walletBalance } from './support/wallet-api.ts';

test('a whole sale by keyboard: the keypad is one tab stop, and focus follows each screen', async ({
  page,
  request,
}) => {
  const wallet = await createWallet(request, 'Keyboard customer', 10_000);
  const { authCode } = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  await openTerminal(page);
  const amount = page.getByLabel('Amount');
  const keypad = page.getByRole('group', { name: 'Keypad' });

  await amount.focus();
  await page.keyboard.press('Tab');
  await expect(keypad.getByRole('button', { name: '1', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowRight');
  await expect(keypad.getByRole('button', { name: '2', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(keypad.getByRole('button', { name: '0', exact: true })).toBeFocused();
  // Typed straight onto the keypad, a comma is the decimal point.
  await page.keyboard.type(',59');
  await page.keyboard.press('End');
  await expect(keypad.getByRole('button', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Backspace');
  await page.keyboard.type('50');
  await expect(amount).toHaveValue('12.50');

  // One Tab leaves the keypad, whichever key had the focus.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Charge' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /Charging ¥12\.50/ })).toBeFocused();

  await tabTo(page, page.getByRole('button', { name: 'Enter code manually' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Payment code')).toBeFocused();
  await page.keyboard.type(authCode);
  await page.keyboard.press('Enter');

  const outcome = page.getByRole('status');
  await expect(outcome).toContainText('Paid ¥12.50 with Alipay');
  await expect(outcome).toBeFocused();
  expect(await walletBalance(request, wallet.walletId, wallet.token)).toBe(10_000 - 1250);

  await tabTo(page, page.getByRole('button', { name: 'New sale' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Checkout', level: 1 })).toBeFocused();
  await expect(amount).toHaveValue('');
});

test('each screen starts at its heading, and the first screen keeps the browser focus', async ({
  page,
}) => {
  await openTerminal(page);
  await expect(page.locator('body')).toBeFocused();

  const nav = page.getByRole('navigation');
  await tabTo(page, nav.getByRole('link', { name: 'Sync' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sync', level: 1 })).toBeFocused();

  await tabTo(page, nav.getByRole('link', { name: 'Settings' }), 40);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeFocused();

  await page.goBack();
  await expect(page.getByRole('heading', { name: 'Sync', level: 1 })).toBeFocused();
});

test('the customer countdown is a timer inside the status, so it is not announced every second', async ({
  page,
  request,
}) => {
  const wallet = await createWallet(request, 'Slow customer', 500_000);
  const code = await issueCode(request, wallet.walletId, wallet.token, 'wechat');
  await openTerminal(page);
  await page.getByLabel('Amount').fill('1200.00');
  await page.getByRole('button', { name: 'Charge' }).click();
  await page.getByRole('button', { name: 'Enter code manually' }).click();
  await page.getByLabel('Payment code').fill(code.authCode);
  await page.getByRole('button', { name: 'Pay' }).click();

  const outcome = page.getByRole('status');
  await expect(outcome).toContainText('Waiting for customer to confirm ¥1200.00 in WeChat Pay');
  const timer = outcome.getByRole('timer');
  await expect(timer).toHaveText(/^\d+ s left$/);
  await expect(timer).toHaveAttribute('aria-live', 'off');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(outcome).toContainText('Cancelled ¥1200.00');
  await expect(timer).toHaveCount(0);
});

test.describe('without the service worker, so that the test holds the screen’s code back', () => {
  test.use({ serviceWorkers: 'block' });

  test('a screen whose code is still loading gets the focus on its heading once it appears', async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(/\/assets\/history-page-[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await openTerminal(page);
    await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
    await expect(page.getByText('Loading…')).toBeVisible();
    await expect(page.getByRole('main')).toBeFocused();
    release();
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeFocused();
  });
});
