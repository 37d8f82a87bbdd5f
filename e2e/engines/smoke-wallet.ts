/**
 * The customer's side of the smoke, from Node: a wallet made with the admin token, and the codes
 * its phone would show. Plain `fetch` on loopback, JSON bodies.
 */
import type { Provider } from '../../protocol/payment-code.ts';
import { IssuedCodeSchema, WalletCreatedSchema, WalletViewSchema } from '../../protocol/wallets.ts';
import { ADMIN_TOKEN } from '../support/wallet-api.ts';

async function call(origin: string, path: string, token: string, body?: unknown) {
  const response = await fetch(`${origin}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${path}: ${response.status} ${text}`);
  return JSON.parse(text) as unknown;
}

export type SmokeWallet = {
  walletId: string;
  /** A fresh online payment code, as the phone shows it. */
  code: (provider: Provider) => Promise<string>;
  balance: () => Promise<number>;
  /** The wallet's payments that moved money (status SUCCESS). */
  successfulPayments: () => Promise<{ amount: number; tradeNo: string }[]>;
};

export async function createSmokeWallet(
  origin: string,
  name: string,
  balance: number,
): Promise<SmokeWallet> {
  const created = WalletCreatedSchema.parse(
    await call(origin, '/api/v1/wallets', ADMIN_TOKEN, { name, balance }),
  );
  const { walletId, token } = created;
  const view = async () =>
    WalletViewSchema.parse(await call(origin, `/api/v1/wallets/${walletId}`, token));
  return {
    walletId,
    code: async (provider) =>
      IssuedCodeSchema.parse(
        await call(origin, `/api/v1/wallets/${walletId}/codes`, token, { provider }),
      ).authCode,
    balance: async () => (await view()).balance,
    successfulPayments: async () =>
      (await view()).recent
        .filter((activity) => activity.status === 'SUCCESS')
        .map(({ amount, tradeNo }) => ({ amount, tradeNo })),
  };
}
