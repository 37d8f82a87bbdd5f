import type { InjectedFaultCounts } from '../../protocol/faults.ts';
import { sha256Hex } from '../../protocol/signing.ts';
import type {
  ShownOutcome,
  TypedCode,
} from '../../server/reliability/fault-campaign/campaign-evidence.ts';
import type {
  FaultPhase,
  RefusalReason,
} from '../../server/reliability/fault-campaign/campaign-steps.ts';

/** What the campaign did and saw, as it went: the codes it typed and the faults it caused. */
export class CampaignLog {
  readonly codes: TypedCode[] = [];
  readonly refusals: Record<RefusalReason, number> = {
    'online-code-offline': 0,
    'offline-over-limit': 0,
    'offline-bad-signature': 0,
  };
  /** Planned sales the terminal refused after all (an offline limit, say); not failures. */
  readonly unplannedRefusals: string[] = [];
  readonly phases: Partial<Record<FaultPhase, number>> = {};
  /** The server's fault counts just before each SIGKILL, which resets them. */
  readonly faultsBeforeKills: InjectedFaultCounts[] = [];
  readonly counts = {
    offlineWindows: 0,
    networkFlips: 0,
    reloadsMidSale: 0,
    reloadsWhileWaitingForCustomer: 0,
    secondTabSales: 0,
    serverKills: 0,
    customerConfirmed: 0,
    customerRejected: 0,
    customerIgnoredFor45s: 0,
    /** Online codes typed again because the terminal still thought it was offline. */
    onlineCodesRetypedAfterRefusal: 0,
  };

  async typed(code: string, fields: Omit<TypedCode, 'codeHash' | 'refused'>): Promise<TypedCode> {
    const typed: TypedCode = { ...fields, codeHash: await sha256Hex(code), refused: false };
    this.codes.push(typed);
    return typed;
  }

  shownOutcomes(): Partial<Record<ShownOutcome, number>> {
    const counts: Partial<Record<ShownOutcome, number>> = {};
    for (const { shown } of this.codes) {
      if (shown !== undefined) counts[shown] = (counts[shown] ?? 0) + 1;
    }
    return counts;
  }
}
