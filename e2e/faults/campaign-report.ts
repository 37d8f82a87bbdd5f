import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { InjectedFaultCounts } from '../../protocol/faults.ts';
import type { CampaignPlan } from './campaign/campaign-steps.ts';
import type { CampaignVerdict } from './campaign/check-campaign.ts';
import type { CampaignLog } from './campaign-log.ts';

export const REPORT_FILE = fileURLToPath(
  new URL('../../test-results/faults-report.json', import.meta.url),
);

const MAX_LISTED = 10;

export type CampaignReport = ReturnType<typeof campaignReport>;

/** The campaign's figures as one JSON object: the verdict first, then what was injected. */
export function campaignReport(input: {
  plan: CampaignPlan;
  verdict: CampaignVerdict;
  log: CampaignLog;
  serverFaultsNow: InjectedFaultCounts;
  seconds: number;
}) {
  const { plan, verdict, log } = input;
  return {
    ok: verdict.ok,
    seed: plan.seed,
    sales: plan.sales,
    features: plan.features,
    seconds: input.seconds,
    salesLost: verdict.salesLost,
    doubleCharges: verdict.doubleCharges,
    codesTyped: verdict.codesTyped,
    salesStarted: verdict.salesStarted,
    journalRows: verdict.journalRows,
    byState: verdict.byState,
    byMode: verdict.byMode,
    shownAtCheckout: log.shownOutcomes(),
    settlement: verdict.settlement,
    faultsInjected: {
      server: [...log.faultsBeforeKills, input.serverFaultsNow].reduce(addCounts),
      ...log.counts,
      refusals: log.refusals,
      unplannedRefusals: {
        count: log.unplannedRefusals.length,
        first: log.unplannedRefusals.slice(0, MAX_LISTED),
      },
      faultPhases: log.phases,
    },
    wallets: verdict.wallets,
    checks: verdict.checks,
  };
}

export async function writeReport(report: CampaignReport): Promise<void> {
  await mkdir(dirname(REPORT_FILE), { recursive: true });
  await writeFile(REPORT_FILE, `${JSON.stringify(report, null, 2)}\n`);
}

function addCounts(a: InjectedFaultCounts, b: InjectedFaultCounts): InjectedFaultCounts {
  return {
    latency: a.latency + b.latency,
    fail: a.fail + b.fail,
    drop: a.drop + b.drop,
    userPaying: a.userPaying + b.userPaying,
  };
}
