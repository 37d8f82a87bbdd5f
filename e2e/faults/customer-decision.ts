import { expect, type Page } from '@playwright/test';
import type { ShownOutcome } from './campaign/campaign-evidence.ts';
import type { CustomerAction } from './campaign/campaign-steps.ts';
import { awaitSettled, reloadCheckout } from './checkout-page.ts';
import { FULL_CUSTOMER_WAIT_MS, OUTCOME_TIMEOUT_MS, type CampaignRun } from './campaign-run.ts';
import type { CustomerPhone } from './customer-phone.ts';

/**
 * The checkout says "Waiting for customer": the customer confirms or rejects on their phone, or
 * ignores it. Answers what the checkout showed in the end, or undefined when the campaign
 * reloaded and left the sale to the terminal's background replayer.
 */
export async function actAsCustomer(
  run: CampaignRun,
  page: Page,
  phone: CustomerPhone,
  amount: number,
  action: CustomerAction,
): Promise<ShownOutcome | undefined> {
  switch (action) {
    case 'confirm':
    case 'reject': {
      const tradeNo = await waitForPendingPayment(phone, amount);
      await phone.decide(tradeNo, action);
      if (action === 'confirm') run.log.counts.customerConfirmed += 1;
      else run.log.counts.customerRejected += 1;
      return awaitSettled(page, OUTCOME_TIMEOUT_MS);
    }
    case 'ignore-and-reload':
      await reloadCheckout(page);
      run.log.counts.reloadsWhileWaitingForCustomer += 1;
      return undefined;
    case 'ignore-and-wait': {
      const shown = await awaitSettled(page, FULL_CUSTOMER_WAIT_MS);
      run.log.counts.customerIgnoredFor45s += 1;
      return shown;
    }
  }
}

async function waitForPendingPayment(phone: CustomerPhone, amount: number): Promise<string> {
  await expect
    .poll(() => phone.pendingTradeNo(amount), {
      timeout: 15_000,
      message: `a payment of ${amount} waiting on wallet ${phone.walletId}`,
    })
    .toBeDefined();
  const tradeNo = await phone.pendingTradeNo(amount);
  if (tradeNo === undefined) throw new Error(`The payment of ${amount} is no longer waiting`);
  return tradeNo;
}
