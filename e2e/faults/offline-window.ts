import { expect, type Page } from '@playwright/test';
import { OFFLINE_PENDING_LIMIT } from './campaign/plan-limits.ts';
import type { CampaignRun } from './campaign-run.ts';
import { hurrySync } from './sync-page.ts';
import { offlineExposure } from './terminal-journal.ts';

const ROOM_TIMEOUT_MS = 120_000;

/**
 * Takes the browser offline (every tab of the context) for the next window of offline sales.
 * First it waits until the terminal's pending offline money leaves room for the window's sales,
 * so they stay within the 2,000.00 limit.
 */
export async function goOffline(run: CampaignRun, windowTotal: number): Promise<void> {
  const room = OFFLINE_PENDING_LIMIT - windowTotal;
  if ((await offlineExposure(run.pages.main)) > room) {
    await hurrySync(run.pages.main);
    await expect
      .poll(() => offlineExposure(run.pages.main), {
        timeout: ROOM_TIMEOUT_MS,
        message: `offline exposure to fall to ${room} before the next offline window`,
      })
      .toBeLessThanOrEqual(room);
  }
  await run.context.setOffline(true);
  await expectOnline(run, false);
  run.log.counts.offlineWindows += 1;
  run.log.counts.networkFlips += 1;
}

export async function goOnline(run: CampaignRun): Promise<void> {
  await run.context.setOffline(false);
  await expectOnline(run, true);
  run.log.counts.networkFlips += 1;
}

async function expectOnline(run: CampaignRun, online: boolean): Promise<void> {
  for (const page of Object.values(run.pages)) {
    await expect.poll(() => isOnline(page)).toBe(online);
  }
}

function isOnline(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.onLine);
}
