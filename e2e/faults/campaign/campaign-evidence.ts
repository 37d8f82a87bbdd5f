import type { Minor } from '../../../protocol/money.ts';
import type { SettlementLine } from '../../../protocol/settlements.ts';
import type { JournalRow } from './journal-row.ts';

/** The words the checkout's status shows for an outcome (docs/I18N.md, "English texts are test names"). */
export const SHOWN_OUTCOMES = [
  'Paid',
  'Declined',
  'Waiting for customer',
  'Accepted offline',
  'Cancelled',
  'Outcome unknown',
] as const;
export type ShownOutcome = (typeof SHOWN_OUTCOMES)[number];

/** A code the campaign typed into the terminal, and what it saw happen. */
export type TypedCode = {
  /** The code text's hash as the journal's `authCodeHash` keeps it (keyed with the device secret). */
  codeHash: string;
  /** e.g. "sale 17" or "refusal 3 (online-code-offline)", for the report. */
  label: string;
  walletId: string;
  amount: Minor;
  mode: 'online' | 'offline';
  /** The terminal refused the code before any sale existed. */
  refused: boolean;
  /** The plan typed it for the terminal to refuse (an online code while offline, say). */
  mustBeRefused?: true;
  /** The last outcome the checkout showed for it, if the campaign stayed to see one. */
  shown?: ShownOutcome;
};

export type WalletBalances = { walletId: string; start: Minor; final: Minor };

/** Everything the final checks need, gathered after the outbox has drained. */
export type CampaignEvidence = {
  codes: TypedCode[];
  journal: JournalRow[];
  /** Every line of the merchant's settlements for the UTC days of the run. */
  settlementLines: SettlementLine[];
  wallets: WalletBalances[];
};

export type Check = { name: string; ok: boolean; problems: string[] };
