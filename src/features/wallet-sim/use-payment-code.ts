import { useEffect, useState } from 'react';
import type { Provider } from '../../../protocol/payment-code.ts';
import type { IssuedCode } from '../../../protocol/wallets.ts';
import { t } from '../../lib/i18n/translate.ts';
import { issuePaymentCode } from '../../lib/wallet-client/wallets-api.ts';

/** Refresh this long before the code expires, so the cashier never scans a dying code. */
const REFRESH_BEFORE_EXPIRY_MS = 10_000;

export type WalletRef = { walletId: string; token: string };

/**
 * Keeps a fresh payment code for the wallet: a new one before the current one expires, and a
 * new one whenever `generation` changes (the wallet saw a payment, so the code is dead). Nothing
 * is issued while `generation` is null (the wallet has not been read yet).
 */
export function usePaymentCode(wallet: WalletRef, provider: Provider, generation: string | null) {
  const [code, setCode] = useState<IssuedCode | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    if (generation === null) return;
    let cancelled = false;
    let timer = 0;
    async function refresh() {
      try {
        const issued = await issuePaymentCode(wallet.walletId, wallet.token, provider);
        if (cancelled) return;
        setCode(issued);
        setError(null);
        const delay = Date.parse(issued.expiresAt) - Date.now() - REFRESH_BEFORE_EXPIRY_MS;
        timer = window.setTimeout(() => void refresh(), Math.max(1000, delay));
      } catch (caught) {
        if (cancelled) return;
        setError(caught instanceof Error ? caught.message : t('wallet.couldNotGetCode'));
        timer = window.setTimeout(() => void refresh(), 3000);
      }
    }
    void refresh();
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [wallet.walletId, wallet.token, provider, generation]);

  useEffect(() => {
    const ticker = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(ticker);
  }, []);

  const secondsLeft = code ? Math.max(0, Math.ceil((Date.parse(code.expiresAt) - now) / 1000)) : 0;
  return { code, error, secondsLeft };
}
