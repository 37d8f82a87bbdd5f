import { NO_FAULT_SETTINGS, type FaultSettings } from '../../../protocol/faults.ts';
import type { FaultPhase } from './campaign-steps.ts';
import type { Random } from './seeded-random.ts';

/**
 * The wallet faults of each phase. Latency stays modest (200 to 800 ms) so the campaign fits in
 * CI; the rates are high enough that every phase of a few sales sees its fault.
 */
export function faultSettingsFor(phase: FaultPhase, random: Random): FaultSettings {
  switch (phase) {
    case 'calm':
      return NO_FAULT_SETTINGS;
    case 'latency':
      return { ...NO_FAULT_SETTINGS, latencyMs: random.int(2, 8) * 100 };
    case 'fail':
      return { ...NO_FAULT_SETTINGS, failRate: 0.3 };
    case 'drop':
      return { ...NO_FAULT_SETTINGS, dropResponseRate: 0.3 };
    case 'mixed':
      return { ...NO_FAULT_SETTINGS, latencyMs: 300, failRate: 0.15, dropResponseRate: 0.15 };
  }
}
