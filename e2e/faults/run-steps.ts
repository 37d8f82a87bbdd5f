import { test } from '@playwright/test';
import { formatAmount } from '../../protocol/money.ts';
import type { CampaignStep, SaleStep } from './campaign/campaign-steps.ts';
import type { CampaignRun } from './campaign-run.ts';
import { enterFaultPhase } from './fault-phase.ts';
import { goOffline, goOnline } from './offline-window.ts';
import { tryCodeThatMustBeRefused } from './refuse.ts';
import { sell } from './sell.ts';

const PROGRESS_EVERY = 10;

/** Runs the plan step by step, each as a named Playwright step, so a failure says where. */
export async function runSteps(run: CampaignRun): Promise<void> {
  const started = Date.now();
  const { steps } = run.plan;
  for (const [index, step] of steps.entries()) {
    switch (step.kind) {
      case 'faults':
        await test.step(`wallet faults: ${step.phase}`, () => enterFaultPhase(run, step));
        break;
      case 'go-offline':
        await test.step('go offline', () => goOffline(run, offlineTotalAfter(steps, index)));
        break;
      case 'go-online':
        await test.step('go online', () => goOnline(run));
        break;
      case 'refusal':
        await test.step(`refusal: ${step.reason} on the ${step.tab} tab`, () =>
          tryCodeThatMustBeRefused(run, step));
        break;
      case 'sale':
        await test.step(describeSale(step), () => sell(run, step));
        if (step.number % PROGRESS_EVERY === 0) {
          const seconds = Math.round((Date.now() - started) / 1000);
          console.log(`[faults] ${step.number}/${run.plan.sales} sales in ${seconds} s`);
        }
        break;
    }
  }
}

/** The offline sales of the window that starts at `index`. */
function offlineTotalAfter(steps: readonly CampaignStep[], index: number): number {
  let total = 0;
  for (const step of steps.slice(index + 1)) {
    if (step.kind === 'go-online') break;
    if (step.kind === 'sale') total += step.amount;
  }
  return total;
}

function describeSale(step: SaleStep): string {
  const code = step.code.kind === 'online' ? `online ${step.code.provider}` : 'offline code';
  return [
    `sale ${step.number}: ${code} ${formatAmount(step.amount)}`,
    step.tab === 'second' ? 'on the second tab' : '',
    step.wallet.kind === 'short' ? 'from the short wallet' : '',
    step.customer ? `customer: ${step.customer}` : '',
    step.reloadAfterPay ? 'reload after Pay' : '',
    step.killServerAfterPay ? 'SIGKILL the server after Pay' : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
}
