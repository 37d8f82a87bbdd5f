import { useEffect, useState } from 'react';
import type { WalletToken } from '../../../protocol/wallet-pairing.ts';
import { t } from '../../lib/i18n/translate.ts';
import { forgetPairCode, onPairLink, startPairCode } from '../../lib/page/pair-fragment.ts';
import { WalletProblemError } from '../../lib/wallet-client/errors.ts';
import { redeemWalletPairing } from '../../lib/wallet-client/wallet-pairing-api.ts';

export type LinkRedemption =
  | { status: 'none' }
  | { status: 'redeeming' }
  | { status: 'added'; wallets: WalletToken[] }
  | { status: 'refused'; message: string };

/** Once per page, even where effects run twice: a wallet pairing code opens wallets once. */
let redemption: Promise<LinkRedemption> | null = null;

async function redeem(code: string): Promise<LinkRedemption> {
  try {
    const { wallets } = await redeemWalletPairing(code);
    return { status: 'added', wallets };
  } catch (caught) {
    const reason =
      caught instanceof WalletProblemError
        ? (caught.errors[0]?.message ?? caught.detail)
        : caught instanceof Error
          ? caught.message
          : t('walletClient.unreachable');
    return { status: 'refused', message: t('walletPairing.linkRefused', { reason }) };
  }
}

/**
 * `/wallet#pair=<code>` (the banner's wallet QR, `npm run pair -- --wallet`, another phone's
 * "Open on another phone"): redeems the code the page was opened with and hands the wallets it
 * gives, each with a fresh token for this device, to `onWallets`.
 */
export function useWalletPairingLink(onWallets: (wallets: WalletToken[]) => void): LinkRedemption {
  const [state, setState] = useState<LinkRedemption>(() =>
    startPairCode() === null && redemption === null ? { status: 'none' } : { status: 'redeeming' },
  );

  useEffect(() => {
    const code = startPairCode();
    if (code !== null) {
      redemption ??= redeem(code);
      forgetPairCode();
    }
    let cancelled = false;
    const settle = (result: LinkRedemption) => {
      if (cancelled) return;
      if (result.status === 'added') onWallets(result.wallets);
      setState(result);
    };
    void redemption?.then(settle);
    // A wallet pairing link opened in this page later (only the fragment changed).
    const unsubscribe = onPairLink(() => {
      const next = startPairCode();
      forgetPairCode();
      if (next === null) return;
      setState({ status: 'redeeming' });
      void redeem(next).then(settle);
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [onWallets]);

  return state;
}
