import {
  MAX_OFFLINE_CODES_PER_REQUEST,
  OfflineCodesIssuedSchema,
} from '../../protocol/offline-code.ts';
import { apiPaths } from '../../protocol/paths.ts';
import { WalletCreatedSchema, WalletViewSchema } from '../../protocol/wallets.ts';
import type { BenchCode } from '../../bench/outbox/bench-api.ts';

/** How many codes each wallet gives: a customer fetches a batch or two, not a thousand. */
const CODES_PER_WALLET = 100;

/** A protocol schema, as zod gives it. */
type Parser<T> = { safeParse(data: unknown): { success: true; data: T } | { success: false } };

export type BenchWallet = { walletId: string; token: string; balance: number };
export type IssuedCodes = { wallets: BenchWallet[]; codes: BenchCode[] };

/**
 * Creates wallets with the admin token and has each issue offline codes (at most 50 a call),
 * `count` in all, each capped at and sold for `amount`. Every wallet holds twice what its codes
 * can take, so a sale charged twice would show in the balances rather than as a decline.
 */
export async function issueCodes(
  origin: string,
  adminToken: string,
  count: number,
  amount: number,
): Promise<IssuedCodes> {
  const wallets: BenchWallet[] = [];
  const codes: BenchCode[] = [];
  for (let issued = 0; issued < count;) {
    const take = Math.min(CODES_PER_WALLET, count - issued);
    const created = await call(origin, adminToken, 'POST', apiPaths.wallets, WalletCreatedSchema, {
      name: `bench-outbox ${wallets.length + 1}`,
      balance: take * amount * 2,
    });
    const wallet = { walletId: created.walletId, token: created.token, balance: created.balance };
    wallets.push(wallet);
    for (let left = take; left > 0; left -= MAX_OFFLINE_CODES_PER_REQUEST) {
      const batch = await call(
        origin,
        wallet.token,
        'POST',
        apiPaths.walletOfflineCodes(wallet.walletId),
        OfflineCodesIssuedSchema,
        { count: Math.min(MAX_OFFLINE_CODES_PER_REQUEST, left), cap: amount },
      );
      for (const code of batch.codes) codes.push({ text: code.text, amount });
    }
    issued += take;
  }
  return { wallets, codes };
}

/** What the wallets paid since they were created: the sum of their balances' drops. */
export async function debitedSince(
  origin: string,
  wallets: readonly BenchWallet[],
): Promise<number> {
  let debited = 0;
  for (const wallet of wallets) {
    const view = await call(
      origin,
      wallet.token,
      'GET',
      apiPaths.wallet(wallet.walletId),
      WalletViewSchema,
    );
    debited += wallet.balance - view.balance;
  }
  return debited;
}

async function call<T>(
  origin: string,
  token: string,
  method: 'GET' | 'POST',
  path: string,
  parser: Parser<T>,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${origin}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data: unknown = await response.json();
  const parsed = parser.safeParse(data);
  if (!response.ok || !parsed.success) {
    throw new Error(`${method} ${path}: HTTP ${response.status} ${JSON.stringify(data)}`);
  }
  return parsed.data;
}
