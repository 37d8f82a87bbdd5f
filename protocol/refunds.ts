import { z } from './zod.ts';
import { plainText } from './plain-text.ts';
import { AmountSchema, IsoTimeSchema, OutTradeNoSchema } from './payments.ts';

/** Same shape as outTradeNo: 1 to 64 characters of [A-Za-z0-9_-], unique per merchant. */
export const OutRefundNoSchema = OutTradeNoSchema;

export const RefundRequestSchema = z.strictObject({
  outRefundNo: OutRefundNoSchema,
  amount: AmountSchema,
  reason: plainText(z.string().max(256)).optional(),
});
export type RefundRequest = z.infer<typeof RefundRequestSchema>;

export const REFUND_STATUSES = ['SUCCESS', 'FAILED'] as const;
export const RefundStatusSchema = z.enum(REFUND_STATUSES);
export type RefundStatus = z.infer<typeof RefundStatusSchema>;

export const REFUND_FAILURE_CODES = ['REFUND_EXCEEDS_PAYMENT', 'PAYMENT_NOT_REFUNDABLE'] as const;
export const RefundFailureCodeSchema = z.enum(REFUND_FAILURE_CODES);
export type RefundFailureCode = z.infer<typeof RefundFailureCodeSchema>;

export const RefundSchema = z.object({
  outRefundNo: OutRefundNoSchema,
  outTradeNo: OutTradeNoSchema,
  status: RefundStatusSchema,
  amount: z.int(),
  /**
   * The part of the payment's fee this refund gave back (an extension; 0 when FAILED). Optional
   * on the wire so that a wallet without it still answers refunds; reconciliation then flags
   * the fee.
   */
  fee: z.int().optional(),
  createdAt: IsoTimeSchema,
  failure: z.object({ code: RefundFailureCodeSchema, message: z.string() }).optional(),
});
export type Refund = z.infer<typeof RefundSchema>;
