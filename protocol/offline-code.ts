import { z } from 'zod';
import { AmountSchema, ProviderSchema } from './payments.ts';

/** Offline codes are `SOP1.<base64url(payload JSON)>.<base64url(P1363 signature)>`. */
export const OFFLINE_CODE_PREFIX = 'SOP1.';

/**
 * What an offline code says, signed by the wallet with ECDSA P-256. `iat` and `exp` are unix
 * milliseconds; the code is valid for captures with `iat <= capturedAt < exp`, for at most
 * `cap` minor units.
 */
export const OfflineCodePayloadSchema = z.object({
  kid: z.string().min(1).max(64),
  cid: z.string().min(1).max(64),
  wid: z.string().min(1).max(64),
  provider: ProviderSchema,
  iat: z.int().nonnegative(),
  exp: z.int().nonnegative(),
  cap: AmountSchema,
});
export type OfflineCodePayload = z.infer<typeof OfflineCodePayloadSchema>;
