import type { BrowserContext, Page } from '@playwright/test';
import type { FaultSettings } from '../../protocol/faults.ts';
import type { CampaignPlan, Tab, WalletSlot } from './campaign/campaign-steps.ts';
import type { CampaignLog } from './campaign-log.ts';
import type { CampaignServer } from './campaign-server.ts';
import type { CustomerPhone } from './customer-phone.ts';
import type { WalletAdmin } from './wallet-admin.ts';

/** Everything a step of the campaign works with. */
export type CampaignRun = {
  plan: CampaignPlan;
  server: CampaignServer;
  admin: WalletAdmin;
  context: BrowserContext;
  pages: Record<Tab, Page>;
  phones: { funded: CustomerPhone[]; short: CustomerPhone };
  log: CampaignLog;
  /** The wallet faults in force, to set again after a restart forgets them. */
  faults: FaultSettings;
};

export function phoneFor(run: CampaignRun, slot: WalletSlot): CustomerPhone {
  if (slot.kind === 'short') return run.phones.short;
  const phone = run.phones.funded[slot.index];
  if (!phone) throw new Error(`The plan names funded wallet ${slot.index}, which does not exist`);
  return phone;
}

/**
 * The tab the cashier works in is the one in front, as on a real device: Chromium throttles the
 * timers of a tab behind another.
 */
export async function frontTab(run: CampaignRun, tab: Tab): Promise<Page> {
  const page = run.pages[tab];
  await page.bringToFront();
  return page;
}

/** Generous bounds: faults add retries and backoff before the checkout shows an outcome. */
export const OUTCOME_TIMEOUT_MS = 60_000;
/** The terminal waits 45 s for the customer, then cancels. */
export const FULL_CUSTOMER_WAIT_MS = 100_000;
