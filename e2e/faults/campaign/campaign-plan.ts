import {
  CAMPAIGN_FEATURES,
  FAULT_PHASES,
  type CampaignFeature,
  type CampaignPlan,
  type CampaignStep,
  type RefusalStep,
  type SaleStep,
} from './campaign-steps.ts';
import { faultSettingsFor } from './fault-phases.ts';
import { offlineWindows } from './offline-windows.ts';
import { markReloadsAndKill, onlineSales } from './online-sales.ts';
import { FUNDED_WALLETS, SHARE } from './plan-limits.ts';
import { seededRandom, uniqueAmounts, type Random } from './seeded-random.ts';

export type PlanOptions = { sales: number; seed: number; skip: readonly CampaignFeature[] };

/**
 * The whole campaign, decided up front from the seed: the same seed gives the same plan. The
 * online sales run through fault phases of about a tenth of the run each; the offline windows
 * are spread evenly between them.
 */
export function planCampaign({ sales, seed, skip }: PlanOptions): CampaignPlan {
  const random = seededRandom(seed);
  const features = CAMPAIGN_FEATURES.filter((feature) => !skip.includes(feature));
  const on = (feature: CampaignFeature) => features.includes(feature);
  const amount = uniqueAmounts(random);

  const offlineCount = on('offline') ? Math.round(sales * SHARE.offline) : 0;
  const online = onlineSales(sales - offlineCount, sales, on, random, amount);
  markReloadsAndKill(online, sales, on, random);
  const windows = offlineWindows(offlineCount, on, random, amount);
  const windowAt = windows.map((_, w) =>
    Math.round(((w + 1) * online.length) / (windows.length + 1)),
  );
  const phaseLength = Math.max(4, Math.round(online.length / 10));

  const steps: CampaignStep[] = [];
  for (let i = 0; i <= online.length; i++) {
    windows.forEach((window, w) => {
      if (windowAt[w] === i) steps.push(...window);
    });
    const sale = online[i];
    if (sale === undefined) break;
    if (on('wallet-faults') && i % phaseLength === 0) {
      const phase = FAULT_PHASES[(i / phaseLength) % FAULT_PHASES.length] ?? 'calm';
      steps.push({ kind: 'faults', phase, settings: faultSettingsFor(phase, random) });
    }
    steps.push({ ...sale, number: 0 });
  }

  const numbered = numberSales(steps);
  if (on('second-tab')) moveToSecondTab(numbered, Math.round(sales * SHARE.secondTab), random);
  return { seed, sales, features, fundedWallets: FUNDED_WALLETS, steps: numbered };
}

function numberSales(steps: CampaignStep[]): CampaignStep[] {
  let number = 0;
  return steps.map((step) => (step.kind === 'sale' ? { ...step, number: ++number } : step));
}

/** The server kill stays on the main tab: its page is the one the campaign watches. */
function moveToSecondTab(steps: CampaignStep[], count: number, random: Random): void {
  const candidates = steps.filter(
    (step): step is SaleStep | RefusalStep =>
      (step.kind === 'sale' && step.killServerAfterPay === undefined) || step.kind === 'refusal',
  );
  for (const step of random.shuffle(candidates).slice(0, count)) step.tab = 'second';
}
