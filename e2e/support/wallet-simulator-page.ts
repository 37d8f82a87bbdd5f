import { expect, type Page } from '@playwright/test';

/** Opens the wallet simulator and creates a fresh wallet with its form; the simulator selects it. */
export async function openSimulatorWithNewWallet(
  page: Page,
  name: string,
  balance: string,
): Promise<void> {
  await page.goto('/wallet');
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Starting balance').fill(balance);
  await page.getByRole('button', { name: 'Create wallet' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByLabel('Balance', { exact: true })).toHaveText(`¥${balance}`);
}

/** The online payment code the simulator shows, without the grouping spaces. */
export async function onlineCodeDigits(page: Page): Promise<string> {
  const digits = page.getByLabel('Payment code digits');
  await expect(digits).toHaveText(/^\d{4} \d{4}/);
  return ((await digits.textContent()) ?? '').replace(/\s/g, '');
}
