import { expect, type Page } from '@playwright/test';

/** Opens the terminal and waits until it has paired itself with the demo wallet. */
export async function openTerminal(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByLabel('Amount')).toBeVisible();
}

/** Types an amount, presses Charge, and types the code by hand instead of scanning it. */
export async function chargeByHand(page: Page, amount: string, code: string): Promise<void> {
  await page.getByLabel('Amount').fill(amount);
  await page.getByRole('button', { name: 'Charge' }).click();
  await page.getByRole('button', { name: 'Enter code manually' }).click();
  await page.getByLabel('Payment code').fill(code);
  await page.getByRole('button', { name: 'Pay' }).click();
}

/**
 * Cuts the page's network and waits until the terminal's strip says Offline: the browser's
 * `offline` event reaches the page after setOffline resolves, and a sale started before it
 * would still be tried online.
 */
export async function goOffline(page: Page): Promise<void> {
  await page.context().setOffline(true);
  await expect(page.locator('.outbox-strip').getByText('Offline', { exact: true })).toBeVisible();
}
