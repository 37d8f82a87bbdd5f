import { z } from './zod.ts';

/**
 * Demo-mode helpers. They exist only while the server runs in demo mode and answer 404
 * otherwise: they let the served terminal pair itself and the simulator find the demo wallets.
 */
export const DemoInfoSchema = z.object({
  demo: z.literal(true),
  merchantName: z.string(),
  wallets: z.array(z.object({ walletId: z.string(), name: z.string(), token: z.string() })),
});
export type DemoInfo = z.infer<typeof DemoInfoSchema>;
