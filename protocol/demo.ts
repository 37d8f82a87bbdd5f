import { z } from './zod.ts';

/**
 * Demo-mode helpers. They exist only while the server runs in demo mode and answer 404
 * otherwise, and they answer only the server's own machine (a loopback connection): they let
 * the served terminal pair itself and the simulator find the demo wallets. A device on the
 * shop's network pairs with a code instead (protocol/wallet-pairing.ts, POST /pairings).
 */
export const DemoInfoSchema = z.object({
  demo: z.literal(true),
  merchantName: z.string(),
  /** The demo wallets, without tokens: POST /demo/wallet-tokens mints tokens for this device. */
  wallets: z.array(z.object({ walletId: z.string(), name: z.string() })),
});
export type DemoInfo = z.infer<typeof DemoInfoSchema>;
