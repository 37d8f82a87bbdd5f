import type { WalletToken } from '../../protocol/wallet-pairing.ts';
import { hashToken } from '../auth/token-hash.ts';
import { newSecret } from '../ids.ts';
import type { Repos } from '../store/store.ts';
import type { Wallet } from '../store/wallets-repo.ts';

/** A new bearer token for one device; only its hash is kept, so it is shown once, here. */
export async function mintWalletToken(repos: Repos, walletId: string, at: number): Promise<string> {
  const token = newSecret();
  await repos.walletTokens.insert(hashToken(token), walletId, at);
  return token;
}

/** A fresh token for each wallet, for the device that asked. */
export async function mintWalletTokens(
  repos: Repos,
  wallets: readonly Wallet[],
  at: number,
): Promise<WalletToken[]> {
  const tokens: WalletToken[] = [];
  for (const wallet of wallets) {
    const token = await mintWalletToken(repos, wallet.id, at);
    tokens.push({ walletId: wallet.id, name: wallet.name, token });
  }
  return tokens;
}
