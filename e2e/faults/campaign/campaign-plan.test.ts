import { describe, expect, it } from 'vitest';
import { CONFIRMATION_THRESHOLD } from '../../../protocol/payments.ts';
import { planCampaign } from './campaign-plan.ts';
import type { CampaignPlan, CampaignStep, SaleStep } from './campaign-steps.ts';
import { OFFLINE_PENDING_LIMIT, OFFLINE_SALE_LIMIT, SHORT_WALLET_BALANCE } from './plan-limits.ts';

const plan200 = planCampaign({ sales: 200, seed: 42, skip: [] });

function salesOf(plan: CampaignPlan): SaleStep[] {
  return plan.steps.filter((step): step is SaleStep => step.kind === 'sale');
}

/** The steps between each go-offline and the go-online after it. */
function offlineWindowsOf(plan: CampaignPlan): CampaignStep[][] {
  const windows: CampaignStep[][] = [];
  let current: CampaignStep[] | null = null;
  for (const step of plan.steps) {
    if (step.kind === 'go-offline') current = [];
    else if (step.kind === 'go-online') {
      if (current) windows.push(current);
      current = null;
    } else current?.push(step);
  }
  return windows;
}

describe('planCampaign', () => {
  it('is the same plan for the same seed, and another for another seed', () => {
    expect(planCampaign({ sales: 200, seed: 42, skip: [] })).toEqual(plan200);
    expect(planCampaign({ sales: 200, seed: 43, skip: [] })).not.toEqual(plan200);
  });

  it('makes exactly N sales, numbered in the order they are sold, with amounts that all differ', () => {
    const sales = salesOf(plan200);
    expect(sales.map((sale) => sale.number)).toEqual(sales.map((_, i) => i + 1));
    expect(new Set(sales.map((sale) => sale.amount)).size).toBe(200);
  });

  it('mixes offline codes, the USERPAYING line, reloads, the second tab and one server kill', () => {
    const sales = salesOf(plan200);
    const count = (keep: (sale: SaleStep) => boolean) => sales.filter(keep).length;
    expect(count((s) => s.code.kind === 'offline')).toBe(34);
    expect(count((s) => s.amount > CONFIRMATION_THRESHOLD)).toBe(30);
    expect(count((s) => s.customer === 'ignore-and-wait')).toBe(1);
    expect(count((s) => s.customer === 'ignore-and-reload')).toBeGreaterThan(0);
    expect(count((s) => s.customer === 'reject')).toBeGreaterThan(0);
    expect(count((s) => s.reloadAfterPay === true)).toBe(10);
    expect(count((s) => s.tab === 'second')).toBeGreaterThan(10);
    expect(count((s) => s.killServerAfterPay === true)).toBe(1);
    expect(count((s) => s.wallet.kind === 'short')).toBeGreaterThan(5);
    const providers = new Set(
      sales.flatMap((s) => (s.code.kind === 'online' ? [s.code.provider] : [])),
    );
    expect(providers.size).toBe(3);
  });

  it('lets two customers wait out the full 45 s only in a long run', () => {
    const long = salesOf(planCampaign({ sales: 1000, seed: 42, skip: [] }));
    expect(long.filter((s) => s.customer === 'ignore-and-wait')).toHaveLength(2);
  });

  it('sells only with offline codes while offline, within the terminal limits, and tries refusals', () => {
    const windows = offlineWindowsOf(plan200);
    expect(windows.length).toBeGreaterThanOrEqual(5);
    for (const window of windows) {
      const sales = window.filter((step): step is SaleStep => step.kind === 'sale');
      expect(
        sales.every((sale) => sale.code.kind === 'offline' && sale.amount <= OFFLINE_SALE_LIMIT),
      ).toBe(true);
      expect(sales.every((sale) => !sale.reloadAfterPay && !sale.killServerAfterPay)).toBe(true);
      expect(sales.reduce((total, sale) => total + sale.amount, 0)).toBeLessThan(
        OFFLINE_PENDING_LIMIT / 2,
      );
      const refusals = window.flatMap((step) => (step.kind === 'refusal' ? [step.reason] : []));
      expect(refusals).toContain('online-code-offline');
      expect(window.some((step) => step.kind === 'faults')).toBe(false);
    }
  });

  it('asks the short wallet for more than it holds every time', () => {
    const short = salesOf(plan200).filter((sale) => sale.wallet.kind === 'short');
    expect(short.every((sale) => sale.amount > SHORT_WALLET_BALANCE)).toBe(true);
  });

  it('cycles the wallet faults in phases, starting calm', () => {
    const phases = plan200.steps.flatMap((step) => (step.kind === 'faults' ? [step.phase] : []));
    expect(phases.slice(0, 5)).toEqual(['calm', 'latency', 'fail', 'drop', 'mixed']);
    const latencies = plan200.steps.flatMap((step) =>
      step.kind === 'faults' ? [step.settings.latencyMs] : [],
    );
    expect(Math.max(...latencies)).toBeLessThanOrEqual(800);
  });

  it('leaves out what FAULT_SKIP names, and still makes N plain sales', () => {
    const plain = planCampaign({
      sales: 20,
      seed: 1,
      skip: [
        'offline',
        'userpaying',
        'wallet-faults',
        'reloads',
        'second-tab',
        'server-kill',
        'insufficient-funds',
      ],
    });
    expect(plain.features).toEqual(['userpaying-ignore']);
    expect(plain.steps).toHaveLength(20);
    expect(
      salesOf(plain).every(
        (s) =>
          s.code.kind === 'online' &&
          s.amount <= CONFIRMATION_THRESHOLD &&
          s.tab === 'main' &&
          s.wallet.kind === 'funded' &&
          !s.reloadAfterPay &&
          !s.killServerAfterPay,
      ),
    ).toBe(true);
  });
});
