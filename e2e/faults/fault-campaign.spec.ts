import { expect, test, type Page } from '@playwright/test';
import { NO_FAULT_SETTINGS } from '../../protocol/faults.ts';
import { planCampaign } from './campaign/campaign-plan.ts';
import { CampaignLog } from './campaign-log.ts';
import { campaignReport, REPORT_FILE, writeReport } from './campaign-report.ts';
import type { CampaignRun } from './campaign-run.ts';
import { startCampaignServer } from './campaign-server.ts';
import { CAMPAIGN_ADMIN_TOKEN, campaignSettings } from './campaign-settings.ts';
import { createCampaignWallets } from './campaign-wallets.ts';
import { openCheckout } from './checkout-page.ts';
import { finalAudit } from './final-audit.ts';
import { runSteps } from './run-steps.ts';
import { walletAdmin } from './wallet-admin.ts';

test('fault campaign: every sale ends once, nothing is lost or charged twice, the journal equals the settlement', async ({
  context,
  page,
}, testInfo) => {
  const plan = planCampaign(campaignSettings);
  const server = await startCampaignServer(campaignSettings.port, CAMPAIGN_ADMIN_TOKEN);
  const pageErrors: string[] = [];
  try {
    const started = Date.now();
    const admin = walletAdmin(server.origin, CAMPAIGN_ADMIN_TOKEN);
    const wallets = await createCampaignWallets(admin, server.origin, plan.fundedWallets);
    const second = await context.newPage();
    for (const [name, tab] of [
      ['main', page],
      ['second', second],
    ] as const) {
      watchErrors(tab, name, pageErrors);
      await openCheckout(tab);
    }
    const run: CampaignRun = {
      plan,
      server,
      admin,
      context,
      pages: { main: page, second },
      phones: wallets.phones,
      log: new CampaignLog(),
      faults: NO_FAULT_SETTINGS,
    };

    await runSteps(run);
    const verdict = await test.step('final audit', () =>
      finalAudit(run, new Date(started), wallets.startBalances));

    const report = campaignReport({
      plan,
      verdict,
      log: run.log,
      serverFaultsNow: await admin.injectedFaults(),
      seconds: Math.round((Date.now() - started) / 1000),
    });
    await writeReport(report);
    console.log(JSON.stringify(report, null, 2));
    await testInfo.attach('faults-report.json', {
      path: REPORT_FILE,
      contentType: 'application/json',
    });
    expect(verdict.checks.filter((check) => !check.ok)).toEqual([]);
  } finally {
    await testInfo.attach('server-output.txt', {
      body: server.output(),
      contentType: 'text/plain',
    });
    await testInfo.attach('page-errors.txt', {
      body: pageErrors.join('\n'),
      contentType: 'text/plain',
    });
    await server.stop();
  }
});

function watchErrors(page: Page, name: string, into: string[]): void {
  page.on('pageerror', (error) => into.push(`${name} tab: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') into.push(`${name} tab console: ${message.text()}`);
  });
}
