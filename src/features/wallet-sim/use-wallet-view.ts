import { useCallback, useEffect, useState } from 'react';
import type { WalletView } from '../../../protocol/wallets.ts';
import { t } from '../../lib/i18n/translate.ts';
import { getWallet } from '../../lib/wallet-client/wallets-api.ts';
import type { WalletRef } from './use-payment-code.ts';

const POLL_MS = 2000;

/** The wallet's balance and recent payments, polled while the page is open. */
export function useWalletView(wallet: WalletRef) {
  const [view, setView] = useState<WalletView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [readCount, setReadCount] = useState(0);

  useEffect(() => {
    let cancelled = false;
    let timer = 0;
    async function poll() {
      try {
        const next = await getWallet(wallet.walletId, wallet.token);
        if (cancelled) return;
        setView(next);
        setError(null);
      } catch (caught) {
        if (cancelled) return;
        setError(caught instanceof Error ? caught.message : t('wallet.couldNotRead'));
      }
      timer = window.setTimeout(() => void poll(), POLL_MS);
    }
    void poll();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [wallet.walletId, wallet.token, readCount]);

  /** Reads the wallet now instead of at the next poll, e.g. right after the customer paid. */
  const refresh = useCallback(() => setReadCount((count) => count + 1), []);

  return { view, error, refresh };
}
