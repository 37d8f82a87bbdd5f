import { useEffect, useState } from 'react';
import { t } from '../../lib/i18n/translate.ts';
import { getDemoInfo } from '../../lib/wallet-client/pairing-api.ts';

export type SimWallet = { walletId: string; token: string; name: string };

const STORAGE_KEY = 'saoma.wallet-sim.created';
/** The demo wallets last read from the wallet, so the phone can show offline codes offline. */
const DEMO_STORAGE_KEY = 'saoma.wallet-sim.demo';
const SELECTED_STORAGE_KEY = 'saoma.wallet-sim.selected';

/** Wallets created on this device are remembered, since only the creator holds their token. */
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
  localStorage.setItem(STORAGE_KEY, JSON.stringify([...loadCreatedWallets(), wallet]));
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

export function useDemoWallets() {
  const [wallets, setWallets] = useState<SimWallet[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    getDemoInfo()
      .then((info) => {
        if (cancelled) return;
        rememberDemoWallets(info.wallets);
        setWallets(info.wallets);
      })
      .catch((caught: unknown) => {
        if (cancelled) return;
        const remembered = loadWallets(DEMO_STORAGE_KEY);
        setWallets(remembered);
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

  return { wallets, error };
}
