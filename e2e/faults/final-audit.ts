import { NO_FAULT_SETTINGS } from '../../protocol/faults.ts';
import { checkCampaign, type CampaignVerdict } from './campaign/check-campaign.ts';
import type { CampaignRun } from './campaign-run.ts';
import { settlementLines } from './settlement-reader.ts';
import { hurrySync } from './sync-page.ts';
import { deviceCodeHash, readJournal, readMerchantId, waitForDrain } from './terminal-journal.ts';

const DRAIN_TIMEOUT_MS = 240_000;

/**
 * The end of the run: faults off, back online, and every pending sale driven to its end; then
 * the journal, the settlement (read as a second terminal of the same merchant) and the wallet
 * balances go to the checker.
 */
export async function finalAudit(
  run: CampaignRun,
  startedAt: Date,
  startBalances: ReadonlyMap<string, number>,
): Promise<CampaignVerdict> {
  await run.admin.setFaults(NO_FAULT_SETTINGS);
  run.faults = NO_FAULT_SETTINGS;
  await run.context.setOffline(false);
  const page = run.pages.main;
  await hurrySync(page);
  await waitForDrain(page, DRAIN_TIMEOUT_MS);

  const journal = await readJournal(page);
  const auditor = await run.admin.createTerminal(await readMerchantId(page), 'Campaign auditor');
  const lines = await settlementLines(run.server.origin, auditor, startedAt, new Date());
  const phones = [...run.phones.funded, run.phones.short];
  const wallets = await Promise.all(
    phones.map(async (phone) => ({
      walletId: phone.walletId,
      start: startBalances.get(phone.walletId) ?? Number.NaN,
      final: await phone.balance(),
    })),
  );
  await run.log.hashCodes((code) => deviceCodeHash(page, code));
  return checkCampaign({ codes: run.log.codes, journal, settlementLines: lines, wallets });
}
