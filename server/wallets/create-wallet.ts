import type { CreateWalletRequest, WalletCreated } from '../../protocol/wallets.ts';
import { newId, newSecret } from '../ids.ts';
import type { Store } from '../store/store.ts';

export function createWallet(
  store: Store,
  request: CreateWalletRequest,
  at: number,
  options: { demo?: boolean } = {},
): WalletCreated {
  const wallet = {
    id: newId('w'),
    name: request.name,
    token: newSecret(),
    balance: request.balance,
  };
  store.wallets.insert(wallet, options.demo ?? false, at);
  return { walletId: wallet.id, token: wallet.token, balance: wallet.balance };
}
