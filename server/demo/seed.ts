import type { CreateWalletRequest } from '../../protocol/wallets.ts';
import type { Repos } from '../store/store.ts';
import type { Wallet } from '../store/wallets-repo.ts';
import { addWallet } from '../wallets/create-wallet.ts';

export const DEMO_MERCHANT_NAME = 'Saoma Demo Shop';

export const DEMO_WALLETS: readonly CreateWalletRequest[] = [
  { name: 'Alice', balance: 1_000_000 },
  { name: 'Bob', balance: 1_000_000 },
  { name: 'Chen Wei', balance: 1_000_000 },
];

/** Creates the demo wallets once; later starts find them and leave their balances alone. */
export async function seedDemoWallets(repos: Repos, at: number): Promise<Wallet[]> {
  if ((await repos.wallets.listDemo()).length === 0) {
    for (const [demoPosition, wallet] of DEMO_WALLETS.entries()) {
      await addWallet(repos, wallet, at, demoPosition);
    }
  }
  return repos.wallets.listDemo();
}
