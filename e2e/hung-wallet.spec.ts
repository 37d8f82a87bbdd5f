import { expect, test, type Browser, type Page } from '@playwright/test';
import { withHungWallet, type HungWallet } from './support/hung-wallet.ts';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';

/** The promise to the cashier: an answer, or "Outcome unknown", within 10 s of the scan. */
const CASHIER_WAIT_MS = 10_000;
/** After SIGCONT: the 5 s probe, then the replayer's backed-off query. */
const RECOVERY_MS = 30_000;

const outcome = (page: Page) => page.getByRole('status');
const topBar = (page: Page) => page.locator('.outbox-strip');

/** A terminal served by, and paired with, the test's own wallet server. */
async function pairedTerminal(browser: Browser, wallet: HungWallet): Promise<Page> {
  const context = await browser.newContext({ baseURL: wallet.origin });
  const page = await context.newPage();
  await openTerminal(page);
  await expect(topBar(page)).toContainText('All sent');
  return page;
}

/** Charges by hand like chargeByHand, and returns when the cashier pressed Pay. */
async function chargeTimed(page: Page, amount: string, code: string): Promise<number> {
  await page.getByLabel('Amount').fill(amount);
  await page.getByRole('button', { name: 'Charge' }).click();
  await page.getByRole('button', { name: 'Enter code manually' }).click();
  await page.getByLabel('Payment code').fill(code);
  const pressedAt = Date.now();
  await page.getByRole('button', { name: 'Pay' }).click();
  return pressedAt;
}

/** The sale's outTradeNo, as the "Outcome unknown" text names it. */
async function unknownSaleOf(page: Page): Promise<string> {
  const text = (await outcome(page).textContent()) ?? '';
  const match = /(SO[\w-]+)/.exec(text);
  if (!match?.[1]) throw new Error(`No outTradeNo in "${text}"`);
  return match[1];
}

/** The wallet moved ¥3.00 once: one balance change, one payment line in the statement. */
async function expectChargedOnce(
  wallet: HungWallet,
  customer: { walletId: string; token: string },
  outTradeNo: string,
) {
  expect(await wallet.balance(customer.walletId, customer.token)).toBe(10_000 - 300);
  const lines = await wallet.statementLines(outTradeNo);
  expect(lines.map((line) => [line.type, line.amount])).toEqual([['PAYMENT', 300]]);
}

test.describe('a wallet that takes the connection and never answers', () => {
  test.setTimeout(90_000);

  test('“Outcome unknown” within 10 s, the next online code refused as offline, and Paid once the wallet answers', async ({
    browser,
  }) => {
    await withHungWallet('hung-wallet', async (wallet) => {
      const page = await pairedTerminal(browser, wallet);
      const customer = await wallet.createWallet('Hung-wallet customer', 10_000);
      const first = await wallet.issueCode(customer.walletId, customer.token);
      const second = await wallet.issueCode(customer.walletId, customer.token);

      wallet.freeze();
      const scannedAt = await chargeTimed(page, '3.00', first);
      await expect(outcome(page)).toContainText('Charging ¥3.00');
      await expect(outcome(page)).toContainText('Outcome unknown', { timeout: CASHIER_WAIT_MS });
      expect(Date.now() - scannedAt).toBeLessThan(CASHIER_WAIT_MS);
      await expect(outcome(page)).toContainText('Do not charge again');
      const outTradeNo = await unknownSaleOf(page);
      // The browser says online; the wallet's silence makes the terminal offline all the same.
      await expect(topBar(page).getByText('Offline', { exact: true })).toBeVisible();
      await expect(topBar(page)).toContainText('wallet not answering');

      // The next online code is refused at once, before anything is written or sent.
      await page.getByRole('button', { name: 'New sale' }).click();
      const refusedAt = await chargeTimed(page, '2.00', second);
      await expect(
        page.getByRole('alert').filter({ hasText: 'Offline: ask for an offline code' }),
      ).toHaveText('Offline: ask for an offline code or take cash.', { timeout: 2_000 });
      expect(Date.now() - refusedAt).toBeLessThan(2_000);
      await page.getByRole('button', { name: 'Close scanner' }).click();

      wallet.thaw();
      await expect(topBar(page)).toContainText('All sent', { timeout: RECOVERY_MS });
      await expect(topBar(page).getByText('Offline', { exact: true })).toBeHidden();
      await page.getByRole('navigation').getByRole('link', { name: 'History' }).click();
      const journal = page.getByRole('list', { name: 'Journal' });
      await expect(journal.getByRole('button')).toHaveCount(1);
      await expect(journal.getByRole('button').first()).toHaveAccessibleName(
        /^Sale ¥3\.00, Alipay, Paid, /,
      );
      await expectChargedOnce(wallet, customer, outTradeNo);
    });
  });

  test('Cancel during “Charging…” stops waiting: the sale goes to the outbox as unknown, and ends Paid once the wallet answers', async ({
    browser,
  }) => {
    await withHungWallet('hung-wallet-cancel', async (wallet) => {
      const page = await pairedTerminal(browser, wallet);
      const customer = await wallet.createWallet('Cancelling customer', 10_000);
      const code = await wallet.issueCode(customer.walletId, customer.token);

      wallet.freeze();
      await chargeByHand(page, '3.00', code);
      await expect(outcome(page)).toContainText('Charging ¥3.00');
      const cancelledAt = Date.now();
      await page.getByRole('button', { name: 'Cancel' }).click();
      await expect(outcome(page)).toContainText('Stopped waiting', { timeout: 2_000 });
      expect(Date.now() - cancelledAt).toBeLessThan(2_000);
      await expect(outcome(page)).toContainText('Do not charge again');
      const outTradeNo = await unknownSaleOf(page);
      await expect(topBar(page)).toContainText('1 pending');

      wallet.thaw();
      // The replayer asks the wallet by outTradeNo; the screen follows the journal.
      await expect(outcome(page)).toContainText('Paid ¥3.00', { timeout: RECOVERY_MS });
      await expect(topBar(page)).toContainText('All sent');
      await expectChargedOnce(wallet, customer, outTradeNo);
    });
  });
});
