import type { RefusalStep } from './campaign/campaign-steps.ts';
import { OFFLINE_SALE_LIMIT } from './campaign/plan-limits.ts';
import { awaitAnswer, closeScanner, enterSale, pressPay, startNewSale } from './checkout-page.ts';
import { frontTab, phoneFor, type CampaignRun } from './campaign-run.ts';
import type { CustomerPhone } from './customer-phone.ts';

const REFUSAL_TIMEOUT_MS = 15_000;

/**
 * Types a code the terminal must refuse before any sale exists, and closes the scanner. If the
 * terminal takes it as a sale instead, the campaign records what the checkout showed and goes
 * on; the final checks fail on it.
 */
export async function tryCodeThatMustBeRefused(run: CampaignRun, step: RefusalStep): Promise<void> {
  const page = await frontTab(run, step.tab);
  const phone = phoneFor(run, step.wallet);
  const code = await codeFor(step, phone);
  const typed = await run.log.typed(code, {
    label: `refusal of ${step.reason}`,
    walletId: phone.walletId,
    amount: step.amount,
    mode: step.reason === 'online-code-offline' ? 'online' : 'offline',
    mustBeRefused: true,
  });
  await enterSale(page, step.amount, code);
  await pressPay(page);
  const answer = await awaitAnswer(page, REFUSAL_TIMEOUT_MS);
  if (answer.kind === 'refused') {
    typed.refused = true;
    run.log.refusals[step.reason] += 1;
    await closeScanner(page);
    return;
  }
  typed.shown = answer.shown;
  if (!(await startNewSale(page))) {
    throw new Error(`${typed.label}: the code the terminal took is waiting for the customer`);
  }
}

async function codeFor(step: RefusalStep, phone: CustomerPhone): Promise<string> {
  switch (step.reason) {
    case 'online-code-offline':
      return phone.onlineCode(step.provider);
    case 'offline-over-limit':
      // The code itself allows the amount: only the terminal's own limit stands in the way.
      return phone.offlineCode(step.amount);
    case 'offline-bad-signature':
      return withBrokenSignature(await phone.offlineCode(OFFLINE_SALE_LIMIT));
  }
}

/** Changes one character in the middle of the signature, so it no longer verifies. */
function withBrokenSignature(code: string): string {
  const at = code.lastIndexOf('.') + 10;
  const replacement = code[at] === 'A' ? 'B' : 'A';
  return code.slice(0, at) + replacement + code.slice(at + 1);
}
