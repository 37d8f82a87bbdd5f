import type { FaultSettings } from '../../../protocol/faults.ts';
import type { Minor } from '../../../protocol/money.ts';
import type { Provider } from '../../../protocol/payment-code.ts';

/** The pieces of the fault campaign; each can be left out (FAULT_SKIP) to debug the others. */
export const CAMPAIGN_FEATURES = [
  'offline',
  'userpaying',
  'userpaying-ignore',
  'wallet-faults',
  'reloads',
  'second-tab',
  'server-kill',
  'insufficient-funds',
] as const;
export type CampaignFeature = (typeof CAMPAIGN_FEATURES)[number];

export type Tab = 'main' | 'second';

/** A campaign wallet: one of the well-funded ones, or the one that can never pay. */
export type WalletSlot = { kind: 'funded'; index: number } | { kind: 'short' };

/** What the customer does when the terminal waits for them (amounts above 1,000.00). */
export type CustomerAction = 'confirm' | 'reject' | 'ignore-and-reload' | 'ignore-and-wait';

export type SaleStep = {
  kind: 'sale';
  /** 1 to N, in the order the campaign sells. */
  number: number;
  tab: Tab;
  wallet: WalletSlot;
  amount: Minor;
  code: { kind: 'online'; provider: Provider } | { kind: 'offline' };
  customer?: CustomerAction;
  /** Reload the page as soon as the pay request has left it. */
  reloadAfterPay?: true;
  /** SIGKILL and restart the server as soon as the pay request has left the page. */
  killServerAfterPay?: true;
};

/** A code the terminal must refuse before any sale exists; the campaign then closes the scanner. */
export type RefusalReason = 'online-code-offline' | 'offline-over-limit' | 'offline-bad-signature';

export type RefusalStep = {
  kind: 'refusal';
  reason: RefusalReason;
  tab: Tab;
  wallet: WalletSlot;
  amount: Minor;
  provider: Provider;
};

export const FAULT_PHASES = ['calm', 'latency', 'fail', 'drop', 'mixed'] as const;
export type FaultPhase = (typeof FAULT_PHASES)[number];

export type FaultPhaseStep = { kind: 'faults'; phase: FaultPhase; settings: FaultSettings };

export type CampaignStep =
  SaleStep | RefusalStep | FaultPhaseStep | { kind: 'go-offline' } | { kind: 'go-online' };

export type CampaignPlan = {
  seed: number;
  sales: number;
  features: CampaignFeature[];
  fundedWallets: number;
  steps: CampaignStep[];
};
