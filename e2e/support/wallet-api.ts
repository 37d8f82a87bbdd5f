import { expect, type APIRequestContext } from '@playwright/test';
import type { Provider } from '../../protocol/payment-code.ts';
import { OfflineCodesIssuedSchema } from '../../protocol/offline-code.ts';
import {
  IssuedCodeSchema,
  PendingListSchema,
  WalletCreatedSchema,
  WalletViewSchema,
} from '../../protocol/wallets.ts';

export const ADMIN_TOKEN = 'e2e-admin-token';

/** Talks to the mock wallet the way a customer's phone would, through its public API. */
export async function createWallet(api: APIRequestContext, name: string, balance: number) {
  const response = await api.post('/api/v1/wallets', {
    headers: { Authorization: `Bearer ${ADMIN_TOKEN}` },
    data: { name, balance },
  });
  expect(response.status(), await response.text()).toBe(201);
  return WalletCreatedSchema.parse(await response.json());
}

export async function issueCode(
  api: APIRequestContext,
  walletId: string,
  token: string,
  provider: Provider,
) {
  const response = await api.post(`/api/v1/wallets/${walletId}/codes`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { provider },
  });
  expect(response.status(), await response.text()).toBe(201);
  return IssuedCodeSchema.parse(await response.json());
}

export async function walletBalance(api: APIRequestContext, walletId: string, token: string) {
  const response = await api.get(`/api/v1/wallets/${walletId}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(response.status(), await response.text()).toBe(200);
  return WalletViewSchema.parse(await response.json()).balance;
}

/** Offline codes the customer's phone fetches while online (wallet-protocol.md). */
export async function issueOfflineCodes(
  api: APIRequestContext,
  walletId: string,
  token: string,
  count: number,
  cap: number,
) {
  const response = await api.post(`/api/v1/wallets/${walletId}/offline-codes`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { count, cap },
  });
  expect(response.status(), await response.text()).toBe(201);
  return OfflineCodesIssuedSchema.parse(await response.json()).codes;
}

/** The customer answers the confirmation prompt for the payment waiting on their phone. */
export async function answerPrompt(
  api: APIRequestContext,
  walletId: string,
  token: string,
  decision: 'confirm' | 'reject',
) {
  const headers = { Authorization: `Bearer ${token}` };
  const pending = await api.get(`/api/v1/wallets/${walletId}/pending`, { headers });
  expect(pending.status(), await pending.text()).toBe(200);
  const [prompt] = PendingListSchema.parse(await pending.json()).pending;
  if (!prompt) throw new Error('No payment is waiting for this customer');
  const answer = await api.post(
    `/api/v1/wallets/${walletId}/pending/${prompt.tradeNo}/${decision}`,
    { headers },
  );
  expect(answer.status(), await answer.text()).toBe(200);
}
