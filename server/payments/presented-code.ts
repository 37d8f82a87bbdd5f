import type { Provider } from '../../protocol/payment-code.ts';
import type { OfflineCodePayload } from '../../protocol/offline-code.ts';

/**
 * The code a pay call presents, as far as it could be read before the transaction: an online
 * code routed by prefix, or an `SOP1.` code whose signature has already been checked (crypto
 * cannot run inside a transaction).
 */
export type PresentedCode =
  | { kind: 'online'; code: string; provider: Provider }
  | {
      kind: 'offline';
      payload: OfflineCodePayload;
      signatureValid: boolean;
      /** When the terminal captured the code: `capturedAt` for a forwarded sale, else now. */
      judgedAt: number;
    };

export function providerOf(code: PresentedCode): Provider {
  return code.kind === 'online' ? code.provider : code.payload.provider;
}
