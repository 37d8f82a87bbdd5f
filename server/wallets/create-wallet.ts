import type { CreateWalletRequest, WalletCreated } from '../../protocol/wallets.ts';
import { DEFAULT_PAYMENT_LIMIT } from '../../protocol/wallets.ts';
import { newId } from '../ids.ts';
import type { Repos } from '../store/store.ts';
import type { Wallet } from '../store/wallets-repo.ts';
import { mintWalletToken } from './wallet-tokens.ts';

/** Creates a wallet and its first token, which the answer shows once. */
export async function createWallet(
  repos: Repos,
  request: CreateWalletRequest,
  at: number,
): Promise<WalletCreated> {
  const wallet = await addWallet(repos, request, at, null);
  const token = await mintWalletToken(repos, wallet.id, at);
  return { walletId: wallet.id, token, balance: wallet.balance };
}

/**
 * A wallet with no token yet. The demo wallets are made so: each device that opens them gets a
 * token of its own (POST /demo/wallet-tokens, POST /wallet-pairings).
 */
export async function addWallet(
  repos: Repos,
  request: CreateWalletRequest,
  at: number,
  demoPosition: number | null,
): Promise<Wallet> {
  const wallet = {
    id: newId('w'),
    name: request.name,
    balance: request.balance,
    paymentLimit: request.paymentLimit ?? DEFAULT_PAYMENT_LIMIT,
  };
  await repos.wallets.insert(wallet, demoPosition, at);
  return wallet;
}
