import { z } from 'zod';
import { MAX_PAYMENT_AMOUNT } from './money.ts';
import { IsoTimeSchema, ProviderSchema } from './payments.ts';

export const WalletIdSchema = z.string().regex(/^w_[A-Za-z0-9]{1,40}$/, 'not a wallet id');

export const CreateWalletRequestSchema = z.strictObject({
  name: z.string().trim().min(1, 'must not be empty').max(64),
  balance: z
    .int('must be an integer number of minor units')
    .min(0)
    .max(MAX_PAYMENT_AMOUNT * 100),
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
