import { useEffect, useState } from 'react';
import { t } from '../../lib/i18n/translate.ts';
import { WalletProblemError } from '../../lib/wallet-client/errors.ts';
import { createDemoWalletTokens, getDemoInfo } from '../../lib/wallet-client/pairing-api.ts';

export type SimWallet = { walletId: string; token: string; name: string };

const STORAGE_KEY = 'saoma.wallet-sim.created';
/** The demo wallets last read from the wallet, so the phone can show offline codes offline. */
const DEMO_STORAGE_KEY = 'saoma.wallet-sim.demo';
const SELECTED_STORAGE_KEY = 'saoma.wallet-sim.selected';

/**
 * Wallets created on this device or opened on it by a wallet pairing code are remembered, since
 * only this device holds their token.
 */
export function loadCreatedWallets(): SimWallet[] {
  return loadWallets(STORAGE_KEY);
}

function loadWallets(key: string): SimWallet[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isSimWallet) : [];
  } catch {
    return [];
  }
}

/** The phone reopens on the wallet it showed last. */
export function loadSelectedWalletId(): string | null {
  try {
    return localStorage.getItem(SELECTED_STORAGE_KEY);
  } catch {
    return null;
  }
}

export function rememberSelectedWalletId(walletId: string): void {
  try {
    localStorage.setItem(SELECTED_STORAGE_KEY, walletId);
  } catch {
    // Only a convenience: without storage the first wallet is shown.
  }
}

function rememberDemoWallets(wallets: SimWallet[]): void {
  try {
    localStorage.setItem(DEMO_STORAGE_KEY, JSON.stringify(wallets));
  } catch {
    // Only a convenience for offline use: the list is read again next time.
  }
}

export function rememberCreatedWallet(wallet: SimWallet): void {
  rememberWallets([wallet]);
}

/** Adds wallets to this device's list; a wallet it already had takes the newer token. */
export function rememberWallets(wallets: readonly SimWallet[]): SimWallet[] {
  const merged = mergeWallets(loadCreatedWallets(), wallets);
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(merged));
  } catch {
    // Without storage the wallets last until the page closes.
  }
  return merged;
}

export function mergeWallets(held: readonly SimWallet[], added: readonly SimWallet[]): SimWallet[] {
  const addedIds = new Set(added.map(({ walletId }) => walletId));
  return [...held.filter(({ walletId }) => !addedIds.has(walletId)), ...added];
}

function isSimWallet(value: unknown): value is SimWallet {
  return (
    typeof value === 'object' &&
    value !== null &&
    'walletId' in value &&
    typeof value.walletId === 'string' &&
    'token' in value &&
    typeof value.token === 'string' &&
    'name' in value &&
    typeof value.name === 'string'
  );
}

/**
 * The demo wallets with this device's tokens: the ones remembered while they are still the
 * server's demo wallets, or fresh ones (each device gets tokens of its own).
 */
async function openDemoWallets(): Promise<SimWallet[]> {
  const info = await getDemoInfo();
  const remembered = loadWallets(DEMO_STORAGE_KEY);
  const ids = (wallets: readonly { walletId: string }[]) =>
    wallets.map(({ walletId }) => walletId).join(' ');
  if (remembered.length > 0 && ids(remembered) === ids(info.wallets)) return remembered;
  return (await createDemoWalletTokens()).wallets;
}

/**
 * How this device may get wallets: 'local' is the server's own machine in demo mode (demo wallets
 * and open wallet creation); 'remote' is any other device of a demo server (403: wallet pairing
 * codes, or the admin token); 'not-demo' a server outside demo mode (404).
 */
export type WalletAccess = 'unknown' | 'local' | 'remote' | 'not-demo';

export function useDemoWallets() {
  const [wallets, setWallets] = useState<SimWallet[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [access, setAccess] = useState<WalletAccess>('unknown');

  useEffect(() => {
    let cancelled = false;
    openDemoWallets()
      .then((opened) => {
        if (cancelled) return;
        rememberDemoWallets(opened);
        setWallets(opened);
        setAccess('local');
      })
      .catch((caught: unknown) => {
        if (cancelled) return;
        const remembered = loadWallets(DEMO_STORAGE_KEY);
        setWallets(remembered);
        if (
          caught instanceof WalletProblemError &&
          (caught.status === 403 || caught.status === 404)
        ) {
          setAccess(caught.status === 403 ? 'remote' : 'not-demo');
          return;
        }
        const reason = caught instanceof Error ? caught.message : t('walletClient.unreachable');
        setError(
          remembered.length > 0
            ? t('wallet.demoRemembered', { reason })
            : t('wallet.demoUnavailable', { reason }),
        );
      });
    return () => {
      cancelled = true;
    };
  }, []);

  return { wallets, error, access };
}
