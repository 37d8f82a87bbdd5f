import { apiPaths } from '../../../protocol/paths.ts';
import { PairingCodeSchema, type PairingCode } from '../../../protocol/terminals.ts';
import { WalletTokensSchema, type WalletTokens } from '../../../protocol/wallet-pairing.ts';
import { requestJson } from './http.ts';

/** Redeems a one-time wallet pairing code: the wallets it opens, each with a fresh token. */
export function redeemWalletPairing(code: string): Promise<WalletTokens> {
  return requestJson(
    { method: 'POST', path: apiPaths.walletPairings, body: { code } },
    WalletTokensSchema,
  );
}

/** A one-time code that opens this wallet on another phone (`/wallet#pair=<code>`). */
export function createWalletPairingCode(walletId: string, token: string): Promise<PairingCode> {
  return requestJson(
    {
      method: 'POST',
      path: apiPaths.walletPairingCodes(walletId),
      headers: { Authorization: `Bearer ${token}` },
    },
    PairingCodeSchema,
  );
}
