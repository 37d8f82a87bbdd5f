import { z } from './zod.ts';
import { IsoTimeSchema, OutTradeNoSchema, ProviderSchema } from './payments.ts';

/** A UTC calendar day, `YYYY-MM-DD`, that exists (no 2026-02-30). */
export const SettlementDateSchema = z.iso.date('must be a date as YYYY-MM-DD');

export const SETTLEMENT_LINE_TYPES = ['PAYMENT', 'REFUND', 'CANCEL'] as const;
export const SettlementLineTypeSchema = z.enum(SETTLEMENT_LINE_TYPES);
export type SettlementLineType = z.infer<typeof SettlementLineTypeSchema>;

/**
 * One movement of money. `amount` and `fee` are never negative: a PAYMENT line brings the
 * merchant `amount` and costs `fee`; REFUND and CANCEL lines give `amount` back to the customer
 * and return `fee` (the matching part of the payment's fee) to the merchant.
 */
export const SettlementLineSchema = z.object({
  type: SettlementLineTypeSchema,
  outTradeNo: OutTradeNoSchema,
  outRefundNo: OutTradeNoSchema.optional(),
  tradeNo: z.string(),
  provider: ProviderSchema,
  amount: z.int(),
  fee: z.int(),
  at: IsoTimeSchema,
  /**
   * The terminal that took the payment (an extension, as a real statement's device column): a
   * terminal reconciles its own lines, not those of the merchant's other terminals.
   */
  terminalId: z.string().optional(),
});
export type SettlementLine = z.infer<typeof SettlementLineSchema>;

/** gross − refunds − fees = net; fees are the payments' fees less those returned. */
export const SettlementTotalsSchema = z.object({
  gross: z.int(),
  refunds: z.int(),
  fees: z.int(),
  net: z.int(),
  count: z.int(),
});
export type SettlementTotals = z.infer<typeof SettlementTotalsSchema>;

export const SettlementSchema = z.object({
  date: SettlementDateSchema,
  lines: z.array(SettlementLineSchema),
  totals: SettlementTotalsSchema,
});
export type Settlement = z.infer<typeof SettlementSchema>;
