import type { PairingCode } from '../../protocol/terminals.ts';
import type { WalletToken } from '../../protocol/wallet-pairing.ts';
import {
  newPairingCodeText,
  normalizePairingCode,
  PAIRING_CODE_TTL_MS,
} from '../pairing/pairing-code-text.ts';
import type { Repos } from '../store/store.ts';
import type { Wallet } from '../store/wallets-repo.ts';
import { mintWalletTokens } from './wallet-tokens.ts';

const MAX_DRAWS = 5;

/** Which wallets a wallet pairing code opens: one wallet, or (demo mode) all the demo wallets. */
export type WalletPairingTarget = { kind: 'wallet'; walletId: string } | { kind: 'demo' };

/** A one-time code that opens the target on one more device, for 10 minutes. */
export async function issueWalletPairingCode(
  repos: Repos,
  target: WalletPairingTarget,
  at: number,
): Promise<PairingCode> {
  const expiresAt = at + PAIRING_CODE_TTL_MS;
  const walletId = target.kind === 'wallet' ? target.walletId : null;
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const code = newPairingCodeText();
    if (await repos.walletPairingCodes.insert(code, walletId, expiresAt, at)) {
      return { code, expiresAt: new Date(expiresAt).toISOString() };
    }
  }
  throw new Error('Could not draw an unused wallet pairing code');
}

export type WalletPairing = { ok: true; wallets: WalletToken[] } | { ok: false; message: string };

/**
 * Trades a one-time wallet pairing code for a fresh token of each wallet it opens; run it in one
 * transaction. A demo code needs the server still in demo mode.
 */
export async function redeemWalletPairingCode(
  repos: Repos,
  text: string,
  at: number,
  demo: boolean,
): Promise<WalletPairing> {
  const code = await repos.walletPairingCodes.find(normalizePairingCode(text));
  if (!code) return { ok: false, message: 'is not a wallet pairing code this server issued' };
  if (code.usedAt !== null) return { ok: false, message: 'was already used; ask for a new one' };
  if (at >= code.expiresAt) return { ok: false, message: 'has expired; ask for a new one' };
  let wallets: Wallet[];
  if (code.walletId === null) {
    if (!demo) return { ok: false, message: 'is for the demo wallets, and demo mode is off' };
    wallets = await repos.wallets.listDemo();
  } else {
    const wallet = await repos.wallets.find(code.walletId);
    if (!wallet) return { ok: false, message: 'is for a wallet that no longer exists' };
    wallets = [wallet];
  }
  if (!(await repos.walletPairingCodes.markUsed(code.code, at))) throw new WalletPairingRace();
  return { ok: true, wallets: await mintWalletTokens(repos, wallets, at) };
}

/** Thrown (rolling back the new tokens) when another request redeemed the code first. */
export class WalletPairingRace extends Error {}
