import type { FaultPhaseStep } from './campaign/campaign-steps.ts';
import type { CampaignRun } from './campaign-run.ts';

/** Sets the wallet faults of the next phase (PUT /admin/faults replaces them all). */
export async function enterFaultPhase(run: CampaignRun, step: FaultPhaseStep): Promise<void> {
  await run.admin.setFaults(step.settings);
  run.faults = step.settings;
  run.log.phases[step.phase] = (run.log.phases[step.phase] ?? 0) + 1;
}
