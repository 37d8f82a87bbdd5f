import { z } from './zod.ts';
import { plainText } from './plain-text.ts';
import { CURRENCIES, MAX_PAYMENT_AMOUNT, MIN_PAYMENT_AMOUNT } from './money.ts';
import { PROVIDERS } from './payment-code.ts';

export const OutTradeNoSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, '1 to 64 characters of A-Z, a-z, 0-9, _ and -');

export const AmountSchema = z
  .int('must be an integer number of minor units')
  .min(MIN_PAYMENT_AMOUNT, `must be at least ${MIN_PAYMENT_AMOUNT}`)
  .max(MAX_PAYMENT_AMOUNT, `must be at most ${MAX_PAYMENT_AMOUNT}`);

export const CurrencySchema = z.enum(CURRENCIES, 'unsupported currency');
export const ProviderSchema = z.enum(PROVIDERS);
export const IsoTimeSchema = z.iso.datetime({ offset: false });

/** Payments above this amount wait (USERPAYING) for the customer to confirm on their phone. */
export const CONFIRMATION_THRESHOLD = 100_000;
/** A USERPAYING payment unconfirmed this long after creation is closed by the wallet. */
export const CONFIRMATION_TIMEOUT_MS = 45_000;
/** A payment can be cancelled this long after it was created. */
export const CANCEL_WINDOW_MS = 24 * 60 * 60_000;

export const PayRequestSchema = z.strictObject({
  outTradeNo: OutTradeNoSchema,
  authCode: z.string().min(1).max(512),
  amount: AmountSchema,
  currency: CurrencySchema,
  subject: plainText(z.string().max(128)).optional(),
  capturedAt: IsoTimeSchema.optional(),
  offline: z.boolean().optional(),
});
export type PayRequest = z.infer<typeof PayRequestSchema>;

export const PAYMENT_STATUSES = ['SUCCESS', 'USERPAYING', 'FAILED', 'CLOSED'] as const;
export const PaymentStatusSchema = z.enum(PAYMENT_STATUSES);
export type PaymentStatus = z.infer<typeof PaymentStatusSchema>;

export const PAYMENT_FAILURE_CODES = [
  'INSUFFICIENT_FUNDS',
  'CODE_EXPIRED',
  'CODE_USED',
  'CODE_INVALID',
  'USER_REJECTED',
  'PAYMENT_TIMEOUT',
  'LIMIT_EXCEEDED',
  'OFFLINE_CODE_INVALID',
] as const;
export const PaymentFailureCodeSchema = z.enum(PAYMENT_FAILURE_CODES);
export type PaymentFailureCode = z.infer<typeof PaymentFailureCodeSchema>;

export const PaymentSchema = z.object({
  outTradeNo: OutTradeNoSchema,
  tradeNo: z.string(),
  provider: ProviderSchema,
  status: PaymentStatusSchema,
  amount: z.int(),
  currency: CurrencySchema,
  fee: z.int(),
  refundedAmount: z.int(),
  createdAt: IsoTimeSchema,
  paidAt: IsoTimeSchema.optional(),
  /** When a cancel closed it (an extension: the terminal dates the CANCEL line it expects). */
  closedAt: IsoTimeSchema.optional(),
  failure: z.object({ code: PaymentFailureCodeSchema, message: z.string() }).optional(),
});
export type Payment = z.infer<typeof PaymentSchema>;
