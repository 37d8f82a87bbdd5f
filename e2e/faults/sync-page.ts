import { expect, type Page } from '@playwright/test';

const SYNC_SCREEN_TIMEOUT_MS = 10_000;

/**
 * Hurries the outbox: Sync, "Sync now", back to Checkout. Only a hurry: the outbox replays by
 * itself, so a build whose Sync screen lacks the button (or the walking skeleton, which has no
 * Sync screen) is left to do so.
 */
export async function hurrySync(page: Page): Promise<void> {
  const sync = page.getByRole('link', { name: 'Sync', exact: true });
  if ((await sync.count()) === 0) return;
  await sync.click();
  const syncNow = page.getByRole('button', { name: 'Sync now' });
  const shown = await syncNow.waitFor({ timeout: SYNC_SCREEN_TIMEOUT_MS }).then(
    () => true,
    () => false,
  );
  if (shown) await syncNow.click();
  await page.getByRole('link', { name: 'Checkout', exact: true }).click();
  await expect(page.getByLabel('Amount')).toBeVisible();
}
