import { expect, type Page } from '@playwright/test';
import { formatAmount } from '../../protocol/money.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { SHOWN_OUTCOMES, type ShownOutcome } from './campaign/campaign-evidence.ts';
import { OUTCOME_TIMEOUT_MS } from './campaign-run.ts';

/** The terminal's checkout through its accessible names (docs/I18N.md, "English texts are test names"). */

const ANY_OUTCOME = new RegExp(SHOWN_OUTCOMES.join('|'));
const SETTLED = new RegExp(SHOWN_OUTCOMES.filter((o) => o !== 'Waiting for customer').join('|'));
/** The most specific words first: "Outcome unknown" may quote the decline that caused it. */
const BY_PRIORITY: ShownOutcome[] = [
  'Outcome unknown',
  'Waiting for customer',
  'Accepted offline',
  'Cancelled',
  'Declined',
  'Paid',
];

export type SaleAnswer =
  { kind: 'outcome'; shown: ShownOutcome; text: string } | { kind: 'refused'; text: string };

export async function openCheckout(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByLabel('Amount')).toBeVisible();
}

/** Types the amount, presses Charge, and types the code by hand, stopping short of Pay. */
export async function enterSale(page: Page, amount: number, code: string): Promise<void> {
  await page.getByLabel('Amount').fill(formatAmount(amount));
  await page.getByRole('button', { name: 'Charge' }).click();
  await page.getByRole('button', { name: 'Enter code manually' }).click();
  await page.getByLabel('Payment code').fill(code);
}

/**
 * Presses Pay and waits until the pay request has left the page, so the sale is journalled
 * (write-ahead). Answers the refusal instead when the terminal refuses the code (it may still
 * think it is offline, say).
 */
export async function payUntilRequestSent(page: Page): Promise<SaleAnswer | undefined> {
  const refusal = scannerRefusal(page);
  const sent = page
    .waitForRequest(
      (request) =>
        request.method() === 'POST' && new URL(request.url()).pathname === apiPaths.payments,
    )
    .then(() => 'sent' as const);
  const refused = refusal.waitFor().then(() => 'refused' as const);
  await pressPay(page);
  if ((await Promise.race([sent, refused])) === 'sent') return undefined;
  return { kind: 'refused', text: await refusal.innerText() };
}

export async function pressPay(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Pay' }).click();
}

/** The first word of an outcome in the status, or the scanner's refusal of the code. */
export async function awaitAnswer(page: Page, timeout: number): Promise<SaleAnswer> {
  const status = page.getByRole('status').filter({ hasText: ANY_OUTCOME });
  const refusal = scannerRefusal(page);
  await expect(status.or(refusal).first()).toBeVisible({ timeout });
  if (await refusal.isVisible()) return { kind: 'refused', text: await refusal.innerText() };
  const text = await status.innerText();
  return { kind: 'outcome', shown: outcomeIn(text), text };
}

/** Waits until the status no longer says "Waiting for customer". */
export async function awaitSettled(page: Page, timeout: number): Promise<ShownOutcome> {
  const status = page.getByRole('status').filter({ hasText: SETTLED });
  await expect(status).toBeVisible({ timeout });
  return outcomeIn(await status.innerText());
}

/**
 * Presses New sale. A sale shown "Outcome unknown" may go back to "Waiting for customer" when
 * the wallet answers a later query, taking the button away: then answers false and presses
 * nothing. The button is found and pressed in one step in the page, so that change cannot come
 * between the two.
 */
export async function startNewSale(page: Page): Promise<boolean> {
  const newSale = page.getByRole('button', { name: 'New sale' });
  const waiting = page.getByRole('status').filter({ hasText: 'Waiting for customer' });
  for (;;) {
    await expect(newSale.or(waiting).first()).toBeVisible({ timeout: OUTCOME_TIMEOUT_MS });
    const pressed = await page.evaluate(() => {
      const button = [...document.querySelectorAll('button')].find(
        (candidate) => candidate.textContent.trim() === 'New sale',
      );
      button?.click();
      return button !== undefined;
    });
    if (pressed) break;
    if (await waiting.isVisible()) return false;
    if (await newSale.isVisible()) throw new Error('New sale is shown but could not be pressed');
  }
  await expect(page.getByLabel('Amount')).toBeVisible();
  return true;
}

export async function closeScanner(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Close scanner' }).click();
  await expect(page.getByLabel('Amount')).toBeVisible();
}

export async function reloadCheckout(page: Page): Promise<void> {
  await page.reload();
  await expect(page.getByLabel('Amount')).toBeVisible();
}

/**
 * A refusal is the scanner's alert. The camera's own alerts (there is no camera in the test
 * browser) all mention the camera; refusals do not.
 */
function scannerRefusal(page: Page) {
  return page
    .getByRole('region', { name: 'Scanner' })
    .getByRole('alert')
    .filter({ hasNotText: /camera/i });
}

function outcomeIn(text: string): ShownOutcome {
  const found = BY_PRIORITY.find((outcome) => text.includes(outcome));
  if (!found) throw new Error(`The status shows no outcome: "${text}"`);
  return found;
}
