import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { feeFor, formatAmount } from '../protocol/money.ts';
import { maskPaymentCode } from '../protocol/payment-code.ts';
import { WalletViewSchema } from '../protocol/wallets.ts';
import { storedRows } from './support/offline-work.ts';
import { firstPageSize, pointsToMm } from './support/pdf-page-size.ts';
import { chargeByHand, openTerminal } from './support/terminal-page.ts';
import { ADMIN_TOKEN, createWallet, issueCode } from './support/wallet-api.ts';

const AMOUNT = 1_234;
// At 96 CSS px to the inch, and 72 PDF points to the inch.
const PX_PER_MM = 96 / 25.4;
const PT_PER_MM = 72 / 25.4;

type Sale = { authCode: string; masked: string; outTradeNo: string; tradeNo: string };

/** A paid alipay sale of ¥12.34 at the checkout, with what the receipt should say about it. */
async function paidSale(page: Page, request: APIRequestContext): Promise<Sale> {
  const wallet = await createWallet(request, 'Receipt customer', 100_000);
  const { authCode } = await issueCode(request, wallet.walletId, wallet.token, 'alipay');
  await openTerminal(page);
  await chargeByHand(page, formatAmount(AMOUNT), authCode);
  await expect(page.getByRole('status')).toContainText('Paid ¥12.34 with Alipay');

  const rows = await storedRows(page, 'sales');
  expect(rows).toHaveLength(1);
  const [row] = rows;
  if (!isRecord(row) || typeof row.outTradeNo !== 'string') throw new Error('No sale was stored');
  // The wallet's own record of the payment, for the trade number it gave it.
  const view = await request.get(`/api/v1/wallets/${wallet.walletId}`, {
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
  });
  expect(view.status(), await view.text()).toBe(200);
  const [payment] = WalletViewSchema.parse(await view.json()).recent;
  if (!payment) throw new Error('The wallet recorded no payment');
  return {
    authCode,
    masked: maskPaymentCode(authCode),
    outTradeNo: row.outTradeNo,
    tradeNo: payment.tradeNo,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function openReceipt(page: Page) {
  const opener = page.getByRole('button', { name: 'Receipt', exact: true });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Receipt' });
  await expect(dialog).toBeVisible();
  return { opener, dialog };
}

test('the receipt shows the sale with its code masked, and Escape gives focus back', async ({
  page,
  request,
}) => {
  const sale = await paidSale(page, request);
  const { opener, dialog } = await openReceipt(page);

  await expect(dialog.getByRole('heading', { name: 'Receipt' })).toBeFocused();
  const row = (label: string) =>
    dialog.locator('.receipt-row', { has: page.getByText(label, { exact: true }) });
  await expect(row('Code')).toContainText(sale.masked);
  await expect(row('Provider')).toContainText('Alipay');
  await expect(row('Amount')).toContainText('¥12.34');
  await expect(row('Fee')).toContainText(`¥${formatAmount(feeFor(AMOUNT))}`);
  await expect(row('Status')).toContainText('Paid');
  await expect(row('Out trade no')).toContainText(sale.outTradeNo);
  await expect(row('Trade no')).toContainText(sale.tradeNo);
  await expect(row('Net amount')).toContainText('¥12.34');
  expect(sale.masked).not.toBe(sale.authCode);
  expect(await dialog.innerHTML()).not.toContain(sale.authCode);
  expect(await page.locator('.receipt-print').innerHTML()).not.toContain(sale.authCode);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
});

test('only the receipt prints, on a page as wide as the chosen roll', async ({ page, request }) => {
  const sale = await paidSale(page, request);
  const { dialog } = await openReceipt(page);
  const printed = page.locator('.receipt-print .receipt-paper');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(printed).toBeHidden();

  for (const [label, mm] of [
    ['58 mm', 58],
    ['80 mm', 80],
  ] as const) {
    await page.emulateMedia({ media: null });
    await dialog.getByRole('radio', { name: label }).check();
    await page.emulateMedia({ media: 'print' });
    await expect(printed).toBeVisible();
    await expect(printed).toContainText(sale.masked);
    await expect(printed).toContainText('¥12.34');
    await expect(nav).toBeHidden();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
    const box = await printed.boundingBox();
    expect(box?.width, label).toBeGreaterThan(mm * PX_PER_MM - 3);
    expect(box?.width, label).toBeLessThan(mm * PX_PER_MM + 3);
  }

  // The PDF's page (page.pdf() prints with print media): as wide as the roll (80 mm is chosen
  // now), and as long as the receipt rather than a sheet of A4.
  await page.emulateMedia({ media: null });
  const wide = firstPageSize(await page.pdf({ preferCSSPageSize: true }));
  expect(Math.abs(wide.width - 80 * PT_PER_MM)).toBeLessThan(2);
  expect(pointsToMm(wide.height)).toBeLessThan(200);

  await dialog.getByRole('radio', { name: '58 mm' }).check();
  const narrow = firstPageSize(await page.pdf({ preferCSSPageSize: true }));
  expect(Math.abs(narrow.width - 58 * PT_PER_MM)).toBeLessThan(2);
  expect(pointsToMm(narrow.height)).toBeLessThan(200);

  // The choice is remembered on the device.
  await dialog.getByRole('radio', { name: '80 mm' }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => localStorage.getItem('saoma.receiptWidth'))).toBe('80');
  await openReceipt(page);
  await expect(dialog.getByRole('radio', { name: '80 mm' })).toBeChecked();
});

test('Share copies the receipt text where the browser has no share sheet', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: baseURL ?? '',
  });
  const sale = await paidSale(page, request);
  const { dialog } = await openReceipt(page);
  expect(await page.evaluate(() => typeof navigator.share)).toBe('undefined');

  await dialog.getByRole('button', { name: 'Share' }).click();
  await expect(dialog.getByRole('status')).toContainText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('¥12.34');
  expect(copied).toContain(sale.masked);
  expect(copied).toContain(sale.outTradeNo);
  expect(copied).not.toContain(sale.authCode);
  for (const line of copied.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(32);
});
