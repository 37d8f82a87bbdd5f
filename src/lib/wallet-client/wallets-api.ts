import {
  OfflineCodesIssuedSchema,
  type OfflineCodesIssued,
} from '../../../protocol/offline-code.ts';
import { apiPaths } from '../../../protocol/paths.ts';
import type { Provider } from '../../../protocol/payment-code.ts';
import {
  CustomerPaymentSchema,
  IssuedCodeSchema,
  PendingListSchema,
  WalletCreatedSchema,
  WalletViewSchema,
  type CustomerPayment,
  type IssuedCode,
  type PendingList,
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

/**
 * Open (no token) in demo mode on the server's own machine only; elsewhere the wallet asks for
 * the admin token.
 */
export function createWallet(
  name: string,
  balance: number,
  adminToken = '',
): Promise<WalletCreated> {
  return requestJson(
    {
      method: 'POST',
      path: apiPaths.wallets,
      body: { name, balance },
      ...(adminToken === '' ? {} : { headers: bearer(adminToken) }),
    },
    WalletCreatedSchema,
  );
}

/** Payments above the confirmation threshold that wait for this customer's answer. */
export function listPending(walletId: string, token: string): Promise<PendingList> {
  return requestJson(
    { method: 'GET', path: apiPaths.walletPending(walletId), headers: bearer(token) },
    PendingListSchema,
  );
}

/** A payment that no longer waits (paid, timed out, cancelled) answers 422 NOT_PENDING. */
export function decidePending(
  walletId: string,
  token: string,
  tradeNo: string,
  decision: 'confirm' | 'reject',
): Promise<CustomerPayment> {
  return requestJson(
    {
      method: 'POST',
      path: apiPaths.walletPendingDecision(walletId, tradeNo, decision),
      headers: bearer(token),
    },
    CustomerPaymentSchema,
  );
}

export type OfflineCodesRequest = { count: number; cap: number; provider: Provider };

export function issueOfflineCodes(
  walletId: string,
  token: string,
  request: OfflineCodesRequest,
): Promise<OfflineCodesIssued> {
  return requestJson(
    {
      method: 'POST',
      path: apiPaths.walletOfflineCodes(walletId),
      headers: bearer(token),
      body: request,
    },
    OfflineCodesIssuedSchema,
  );
}
