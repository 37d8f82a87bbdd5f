import { apiPaths } from '../../../protocol/paths.ts';
import type { Provider } from '../../../protocol/payment-code.ts';
import {
  IssuedCodeSchema,
  WalletCreatedSchema,
  WalletViewSchema,
  type IssuedCode,
  type WalletCreated,
  type WalletView,
} from '../../../protocol/wallets.ts';
import { requestJson } from './http.ts';

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

export function getWallet(walletId: string, token: string): Promise<WalletView> {
  return requestJson(
    { method: 'GET', path: apiPaths.wallet(walletId), headers: bearer(token) },
    WalletViewSchema,
  );
}

export function issuePaymentCode(
  walletId: string,
  token: string,
  provider: Provider,
): Promise<IssuedCode> {
  return requestJson(
    {
      method: 'POST',
      path: apiPaths.walletCodes(walletId),
      headers: bearer(token),
      body: { provider },
    },
    IssuedCodeSchema,
  );
}

/** Open in demo mode only; otherwise the wallet asks for the admin token. */
export function createWallet(name: string, balance: number): Promise<WalletCreated> {
  return requestJson(
    { method: 'POST', path: apiPaths.wallets, body: { name, balance } },
    WalletCreatedSchema,
  );
}
