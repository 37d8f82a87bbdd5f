import type { InjectedFaultCounts } from '../../protocol/faults.ts';
import type { ShownOutcome, TypedCode } from './campaign/campaign-evidence.ts';
import type { FaultPhase, RefusalReason } from './campaign/campaign-steps.ts';

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
    /**
     * Sales shown "Outcome unknown" (an answer lost) that the wallet then said were waiting for
     * the customer, so the checkout went back to "Waiting for customer" before New sale.
     */
    salesWaitingAgainAfterUnknown: 0,
  };

  /** The texts typed, kept here (never in the terminal) until the audit hashes them. */
  private readonly texts = new Map<TypedCode, string>();

  typed(code: string, fields: Omit<TypedCode, 'codeHash' | 'refused'>): Promise<TypedCode> {
    const typed: TypedCode = { ...fields, codeHash: '', refused: false };
    this.codes.push(typed);
    this.texts.set(typed, code);
    return Promise.resolve(typed);
  }

  /** Fills in each code's hash as the terminal keeps it (keyed with its device secret). */
  async hashCodes(hash: (code: string) => Promise<string>): Promise<void> {
    for (const [typed, code] of this.texts) typed.codeHash = await hash(code);
  }

  shownOutcomes(): Partial<Record<ShownOutcome, number>> {
    const counts: Partial<Record<ShownOutcome, number>> = {};
    for (const { shown } of this.codes) {
      if (shown !== undefined) counts[shown] = (counts[shown] ?? 0) + 1;
    }
    return counts;
  }
}
