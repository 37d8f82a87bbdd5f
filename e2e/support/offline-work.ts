import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { createWallet, issueOfflineCodes } from './wallet-api.ts';
import { chargeByHand, openTerminal } from './terminal-page.ts';

/** A fresh customer wallet holding `balance` fen, with `count` offline codes. */
export async function offlineCustomer(
  api: APIRequestContext,
  name: string,
  balance: number,
  count = 2,
) {
  const wallet = await createWallet(api, name, balance);
  const codes = await issueOfflineCodes(api, wallet.walletId, wallet.token, count, 20_000);
  return { wallet, codes: codes.map((code) => code.text) };
}

/** Reads one object store of the terminal's IndexedDB from inside the page. */
export function storedRows(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('saoma');
        open.onerror = () => reject(open.error ?? new Error('cannot open saoma'));
        open.onsuccess = () => {
          const database = open.result;
          const request = database.transaction(name, 'readonly').objectStore(name).getAll();
          request.onerror = () => reject(request.error ?? new Error(`cannot read ${name}`));
          request.onsuccess = () => {
            resolve(request.result as unknown[]);
            database.close();
          };
        };
      }),
    store,
  );
}

/**
 * Opens the terminal and waits until it has cached the wallet's keys for offline codes. It also
 * opens the scanner once, so that its lazily loaded code is in the page before the network goes.
 */
export async function openTerminalReadyForOffline(page: Page): Promise<void> {
  await openTerminal(page);
  await expect.poll(async () => (await storedRows(page, 'keyring')).length).toBe(1);
  await page.getByLabel('Amount').fill('1.00');
  await page.getByRole('button', { name: 'Charge' }).click();
  await expect(page.getByRole('button', { name: 'Enter code manually' })).toBeVisible();
  await page.getByRole('button', { name: 'Close scanner' }).click();
  await expect(page.getByLabel('Amount')).toBeVisible();
}

/** Takes the network away from the terminal: from now on it accepts only offline codes. */
export async function goOffline(context: BrowserContext, page: Page): Promise<void> {
  await context.setOffline(true);
  await expect(page.getByText('Offline', { exact: true })).toBeVisible();
}

/** Charges an offline code by hand and waits until the terminal has accepted it offline. */
export async function sellOffline(page: Page, amount: string, code: string): Promise<void> {
  await chargeByHand(page, amount, code);
  await expect(page.getByRole('status')).toContainText('Accepted offline');
}

/** Opens a screen with the main navigation, as a cashier does. */
export async function openScreen(
  page: Page,
  name: 'Checkout' | 'Sync' | 'Settings',
): Promise<void> {
  await page.getByRole('link', { name, exact: true }).click();
}
