import { useEffect, useState } from 'react';
import { getDemoInfo } from '../../lib/wallet-client/pairing-api.ts';

export type SimWallet = { walletId: string; token: string; name: string };

const STORAGE_KEY = 'saoma.wallet-sim.created';

/** Wallets created on this device are remembered, since only the creator holds their token. */
export function loadCreatedWallets(): SimWallet[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isSimWallet) : [];
  } catch {
    return [];
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
        if (!cancelled) setWallets(info.wallets);
      })
      .catch((caught: unknown) => {
        if (cancelled) return;
        setWallets([]);
        setError(
          caught instanceof Error
            ? `Demo wallets are not available: ${caught.message}`
            : 'Demo wallets are not available.',
        );
      });
    return () => {
      cancelled = true;
    };
  }, []);

  return { wallets, error };
}
