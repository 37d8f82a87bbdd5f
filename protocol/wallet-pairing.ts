import { z } from './zod.ts';

/**
 * Opening wallets on a phone (the wallet simulator). A phone gets a wallet's token only by
 * possession: a one-time wallet pairing code (from the banner, `npm run pair -- --wallet`, or
 * `POST /wallets/{walletId}/pairing-codes` on a phone that has the wallet), or, on the server's
 * own machine in demo mode, `POST /demo/wallet-tokens`. Every answer is a fresh token for this
 * device; no device ever sees another device's token.
 */
export const WalletPairRequestSchema = z.strictObject({
  code: z.string().trim().min(1, 'must not be empty').max(32),
});
export type WalletPairRequest = z.infer<typeof WalletPairRequestSchema>;

export const WalletTokenSchema = z.object({
  walletId: z.string(),
  name: z.string(),
  token: z.string(),
});
export type WalletToken = z.infer<typeof WalletTokenSchema>;

/** What `POST /wallet-pairings` and `POST /demo/wallet-tokens` answer. */
export const WalletTokensSchema = z.object({ wallets: z.array(WalletTokenSchema) });
export type WalletTokens = z.infer<typeof WalletTokensSchema>;
