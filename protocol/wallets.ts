import { z } from './zod.ts';
import { plainText } from './plain-text.ts';
import { MAX_PAYMENT_AMOUNT } from './money.ts';
import {
  AmountSchema,
  CurrencySchema,
  IsoTimeSchema,
  PaymentFailureCodeSchema,
  PaymentStatusSchema,
  ProviderSchema,
} from './payments.ts';

/** The most one payment may take from a wallet unless it was created with its own limit. */
export const DEFAULT_PAYMENT_LIMIT = 5_000_000;

export const WalletIdSchema = z.string().regex(/^w_[A-Za-z0-9]{1,40}$/, 'not a wallet id');

export const CreateWalletRequestSchema = z.strictObject({
  name: plainText(z.string().trim().min(1, 'must not be empty').max(64)),
  balance: z
    .int('must be an integer number of minor units')
    .min(0)
    .max(MAX_PAYMENT_AMOUNT * 100),
  paymentLimit: AmountSchema.optional(),
});
export type CreateWalletRequest = z.infer<typeof CreateWalletRequestSchema>;

export const WalletCreatedSchema = z.object({
  walletId: z.string(),
  token: z.string(),
  balance: z.int(),
});
export type WalletCreated = z.infer<typeof WalletCreatedSchema>;

export const WalletActivitySchema = z.object({
  tradeNo: z.string(),
  provider: ProviderSchema,
  amount: z.int(),
  status: z.string(),
  merchantName: z.string(),
  at: IsoTimeSchema,
});

export const WalletViewSchema = z.object({
  walletId: z.string(),
  name: z.string(),
  balance: z.int(),
  recent: z.array(WalletActivitySchema),
});
export type WalletView = z.infer<typeof WalletViewSchema>;

export const IssueCodeRequestSchema = z.strictObject({ provider: ProviderSchema });
export type IssueCodeRequest = z.infer<typeof IssueCodeRequestSchema>;

export const IssuedCodeSchema = z.object({ authCode: z.string(), expiresAt: IsoTimeSchema });
export type IssuedCode = z.infer<typeof IssuedCodeSchema>;

/** A payment as the customer's wallet sees it: what the simulator shows and confirms. */
export const CustomerPaymentSchema = z.object({
  tradeNo: z.string(),
  merchantName: z.string(),
  provider: ProviderSchema,
  amount: z.int(),
  currency: CurrencySchema,
  status: PaymentStatusSchema,
  createdAt: IsoTimeSchema,
  /** When the wallet closes it unless the customer confirms (USERPAYING only). */
  expiresAt: IsoTimeSchema.optional(),
  failure: z.object({ code: PaymentFailureCodeSchema, message: z.string() }).optional(),
});
export type CustomerPayment = z.infer<typeof CustomerPaymentSchema>;

export const PendingListSchema = z.object({ pending: z.array(CustomerPaymentSchema) });
export type PendingList = z.infer<typeof PendingListSchema>;

export const TradeNoSchema = z.string().regex(/^\d{28}$/, 'not a wallet trade number');
