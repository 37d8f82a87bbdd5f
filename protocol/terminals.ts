import { z } from './zod.ts';
import { plainText } from './plain-text.ts';
import { IsoTimeSchema } from './payments.ts';

export const CreateTerminalRequestSchema = z.strictObject({
  merchantId: z.string().min(1).max(64).optional(),
  name: plainText(z.string().trim().min(1, 'must not be empty').max(64)),
});
export type CreateTerminalRequest = z.infer<typeof CreateTerminalRequestSchema>;

export const TerminalCredentialsSchema = z.object({
  terminalId: z.string(),
  secret: z.string(),
  merchantId: z.string(),
});
export type TerminalCredentials = z.infer<typeof TerminalCredentialsSchema>;

export const PairingCodeSchema = z.object({ code: z.string(), expiresAt: IsoTimeSchema });
export type PairingCode = z.infer<typeof PairingCodeSchema>;

export const PairRequestSchema = z.strictObject({
  code: z.string().trim().min(1, 'must not be empty').max(32),
  name: plainText(z.string().trim().min(1, 'must not be empty').max(64)),
});
export type PairRequest = z.infer<typeof PairRequestSchema>;

/** `POST /pairing-codes` takes no body, or `{merchantId}` to pair with another merchant. */
export const CreatePairingCodeRequestSchema = z.strictObject({
  merchantId: z.string().min(1).max(64).optional(),
});
export type CreatePairingCodeRequest = z.infer<typeof CreatePairingCodeRequestSchema>;
