import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findSystemChromium } from './chromium.ts';
import {
  goOffline,
  offlineCustomer,
  openTerminalReadyForOffline,
  sellOffline,
} from './offline-work.ts';
import { chargeByHand, openTerminal } from './terminal-page.ts';
import { createWallet, issueCode } from './wallet-api.ts';

/** What a screen needs to be opened: the page, its context, and the wallet's public API. */
export type ScreenSetup = { page: Page; context: BrowserContext; request: APIRequestContext };

export type AppScreen = {
  /** Kebab-case, used in test titles and screenshot file names. */
  name: string;
  open: (setup: ScreenSetup) => Promise<void>;
};

const executablePath = findSystemChromium();

/**
 * Launch options for the a11y and screenshot specs: Chromium's built-in fake camera (a moving
 * test pattern), so that the scanner shows a live preview instead of its "no camera" message.
 */
export const FAKE_CAMERA_USE = {
  launchOptions: {
    args: [
      ...CHROMIUM_ARGS,
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
    ],
    ...(executablePath ? { executablePath } : {}),
  },
  permissions: ['camera'],
};

/** Waits until the scanner has either a running preview or its explanation of why not. */
async function scannerSettled(page: Page): Promise<void> {
  const scanner = page.locator('.scanner');
  await expect(scanner).toBeVisible();
  await expect
    .poll(async () =>
      scanner.evaluate((section) => {
        const video = section.querySelector('video');
        const playing = video !== null && video.readyState >= 2;
        return playing || section.querySelector('[role="alert"]') !== null;
      }),
    )
    .toBe(true);
}

async function openScanner(page: Page): Promise<void> {
  await openTerminal(page);
  await page.getByLabel('Amount').fill('12.50');
  await page.getByRole('button', { name: 'Charge' }).click();
  await page.getByRole('button', { name: 'Enter code manually' }).click();
  await expect(page.getByLabel('Payment code')).toBeFocused();
  await scannerSettled(page);
}

async function paidSale({ page, request }: ScreenSetup): Promise<void> {
  const wallet = await createWallet(request, 'Screen Sue', 10_000);
  const code = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  await openTerminal(page);
  await chargeByHand(page, '8.80', code.authCode);
  await expect(page.getByRole('status')).toContainText('Paid');
  await expect(page.getByRole('button', { name: 'New sale' })).toBeVisible();
}

/** Sync with one offline sale waiting, so that the table, the meter and the badge show. */
async function syncWithPendingSale({ page, context, request }: ScreenSetup): Promise<void> {
  const { codes } = await offlineCustomer(request, 'Screen Sam', 10_000, 1);
  await openTerminalReadyForOffline(page);
  await goOffline(context, page);
  await sellOffline(page, '12.34', codes[0] ?? '');
  await page.getByRole('link', { name: 'Sync', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Sync', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pending sales' })).toBeVisible();
  await expect(page.getByRole('meter')).toBeVisible();
}

async function settings({ page }: ScreenSetup): Promise<void> {
  await openTerminal(page);
  await page.getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save limits' })).toBeVisible();
}

/** History after a paid sale: the filters and the journal list. */
async function history(setup: ScreenSetup): Promise<void> {
  await paidSale(setup);
  const { page } = setup;
  await page.getByRole('link', { name: 'History', exact: true }).click();
  await expect(
    page.getByRole('list', { name: 'Journal' }).getByRole('button').first(),
  ).toBeVisible();
}

/** A paid sale's detail in History: its facts, the refund form, the cancel offer, its history. */
async function saleDetail(setup: ScreenSetup): Promise<void> {
  await history(setup);
  const { page } = setup;
  await page.getByRole('list', { name: 'Journal' }).getByRole('button').first().click();
  await expect(page.getByRole('button', { name: 'Cancel sale' })).toBeVisible();
}

/** The receipt dialog over the checkout, after a paid sale. */
async function receipt(setup: ScreenSetup): Promise<void> {
  await paidSale(setup);
  const { page } = setup;
  await page.getByRole('button', { name: 'Receipt' }).click();
  await expect(page.getByRole('dialog', { name: 'Receipt' })).toBeVisible();
}

/** Reports after a paid sale: totals, the hourly chart and the reconciliation panel. */
async function reports(setup: ScreenSetup): Promise<void> {
  await paidSale(setup);
  const { page } = setup;
  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Totals by provider', level: 2 })).toBeVisible();
  await expect(page.locator('canvas')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reconcile' })).toBeVisible();
}

async function walletSimulator({ page }: ScreenSetup): Promise<void> {
  await page.goto('/wallet');
  await expect(page.getByRole('combobox', { name: 'Wallet' })).toBeVisible();
  await expect(page.getByLabel('Balance', { exact: true })).toHaveText(/^¥\d/);
  await expect(page.getByRole('img', { name: 'Payment QR code' })).toBeVisible();
}

/** Every screen of the terminal and of the wallet simulator, in a state worth looking at. */
export const APP_SCREENS: readonly AppScreen[] = [
  { name: 'checkout-amount', open: ({ page }) => openTerminal(page) },
  { name: 'checkout-scanner', open: ({ page }) => openScanner(page) },
  { name: 'checkout-paid', open: paidSale },
  { name: 'sync', open: syncWithPendingSale },
  { name: 'settings', open: settings },
  { name: 'history', open: history },
  { name: 'history-detail', open: saleDetail },
  { name: 'receipt', open: receipt },
  { name: 'reports', open: reports },
  { name: 'wallet-simulator', open: walletSimulator },
];

export const COLOR_SCHEMES = ['light', 'dark'] as const;
