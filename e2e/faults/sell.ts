import type { Page } from '@playwright/test';
import type { SaleStep } from './campaign/campaign-steps.ts';
import { OFFLINE_SALE_LIMIT } from './campaign/plan-limits.ts';
import {
  awaitAnswer,
  closeScanner,
  enterSale,
  payUntilRequestSent,
  pressPay,
  reloadCheckout,
  startNewSale,
  type SaleAnswer,
} from './checkout-page.ts';
import { actAsCustomer } from './customer-decision.ts';
import { frontTab, OUTCOME_TIMEOUT_MS, phoneFor, type CampaignRun } from './campaign-run.ts';
import { killServerAndRestart } from './server-kill.ts';

/**
 * How long a cashier keeps trying an online code the terminal refuses as offline: after the
 * network returns, the terminal may learn it only at its next wallet probe (every 5 s).
 */
const RETYPE_WINDOW_MS = 30_000;
const RETYPE_PAUSE_MS = 1_000;

/**
 * One planned sale through the checkout: the customer's phone issues the code, the cashier types
 * the amount and the code, and the campaign waits for the outcome, or interrupts as planned.
 */
export async function sell(run: CampaignRun, step: SaleStep): Promise<void> {
  const page = await frontTab(run, step.tab);
  const phone = phoneFor(run, step.wallet);
  const code =
    step.code.kind === 'online'
      ? await phone.onlineCode(step.code.provider)
      : await phone.offlineCode(OFFLINE_SALE_LIMIT);
  const typed = await run.log.typed(code, {
    label: `sale ${step.number}`,
    walletId: phone.walletId,
    amount: step.amount,
    mode: step.code.kind,
  });
  if (step.tab === 'second') run.log.counts.secondTabSales += 1;

  const answer = await typeAndPay(run, page, step, code);
  if (answer === undefined) return;
  if (answer.kind === 'refused') {
    typed.refused = true;
    run.log.unplannedRefusals.push(`${typed.label}: ${answer.text}`);
    return;
  }
  const customer = step.customer ?? 'confirm';
  let shown =
    answer.shown === 'Waiting for customer'
      ? await actAsCustomer(run, page, phone, step.amount, customer)
      : answer.shown;
  for (;;) {
    if (shown === undefined) return;
    typed.shown = shown;
    if (await startNewSale(page)) return;
    // The lost answer's sale came back: the customer is asked on their phone after all.
    run.log.counts.salesWaitingAgainAfterUnknown += 1;
    shown = await actAsCustomer(run, page, phone, step.amount, customer);
  }
}

/**
 * Types the sale and pays, then waits for the outcome or interrupts as planned. A refused code
 * closes the scanner; a refused online code is typed again for a while (it was never sent, so it
 * is still good). Answers undefined when the campaign left the sale to the background replayer.
 */
async function typeAndPay(
  run: CampaignRun,
  page: Page,
  step: SaleStep,
  code: string,
): Promise<SaleAnswer | undefined> {
  const deadline = Date.now() + RETYPE_WINDOW_MS;
  for (;;) {
    await enterSale(page, step.amount, code);
    const answer = await payAndSee(run, page, step);
    if (answer?.kind !== 'refused') return answer;
    await closeScanner(page);
    if (step.code.kind === 'offline' || Date.now() > deadline) return answer;
    run.log.counts.onlineCodesRetypedAfterRefusal += 1;
    // Paces the cashier's next try; what it waits for is checked by the next attempt itself.
    await page.waitForTimeout(RETYPE_PAUSE_MS);
  }
}

async function payAndSee(
  run: CampaignRun,
  page: Page,
  step: SaleStep,
): Promise<SaleAnswer | undefined> {
  if (!step.reloadAfterPay && !step.killServerAfterPay) {
    await pressPay(page);
    return awaitAnswer(page, OUTCOME_TIMEOUT_MS);
  }
  const refused = await payUntilRequestSent(page);
  if (refused) return refused;
  if (step.reloadAfterPay) {
    await reloadCheckout(page);
    run.log.counts.reloadsMidSale += 1;
    return undefined;
  }
  await killServerAndRestart(run);
  return awaitAnswer(page, OUTCOME_TIMEOUT_MS);
}
