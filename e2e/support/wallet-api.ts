import { expect, type APIRequestContext } from '@playwright/test';
import type { Provider } from '../../protocol/payment-code.ts';
import { IssuedCodeSchema, WalletCreatedSchema, WalletViewSchema } from '../../protocol/wallets.ts';

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
