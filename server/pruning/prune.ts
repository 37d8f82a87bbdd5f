import type { Store } from '../store/store.ts';
import { PRUNE_STEPS, type PruneStep } from './prune-steps.ts';

/** How often the server prunes (server/main.ts). */
export const PRUNE_EVERY_MS = 60_000;

export type Pruned = Record<string, number>;

/** Runs every prune step at `now`, each in its own transaction; returns what each removed. */
export async function pruneOnce(
  store: Store,
  now: number,
  steps: readonly PruneStep[] = PRUNE_STEPS,
): Promise<Pruned> {
  const pruned: Pruned = {};
  for (const step of steps) {
    pruned[step.name] = await store.transaction((repos) => step.prune(repos, now));
  }
  return pruned;
}
