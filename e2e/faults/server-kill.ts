import type { CampaignRun } from './campaign-run.ts';

/**
 * SIGKILLs the wallet server and starts it again on the same port and data. Its fault counts
 * die with it, so they are read first; its fault settings too, so they are set again.
 */
export async function killServerAndRestart(run: CampaignRun): Promise<void> {
  run.log.faultsBeforeKills.push(await run.admin.injectedFaults());
  await run.server.killAndRestart();
  run.log.counts.serverKills += 1;
  await run.admin.setFaults(run.faults);
}
