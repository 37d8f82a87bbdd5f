import type { CreateWalletRequest, WalletCreated } from '../../protocol/wallets.ts';
import { DEFAULT_PAYMENT_LIMIT } from '../../protocol/wallets.ts';
import { newId, newSecret } from '../ids.ts';
import type { Repos } from '../store/store.ts';

export async function createWallet(
  repos: Repos,
  request: CreateWalletRequest,
  at: number,
  options: { demoPosition?: number } = {},
): Promise<WalletCreated> {
  const wallet = {
    id: newId('w'),
    name: request.name,
    token: newSecret(),
    balance: request.balance,
    paymentLimit: request.paymentLimit ?? DEFAULT_PAYMENT_LIMIT,
  };
  await repos.wallets.insert(wallet, options.demoPosition ?? null, at);
  return { walletId: wallet.id, token: wallet.token, balance: wallet.balance };
}
