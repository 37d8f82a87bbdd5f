import { useState } from 'react';
import { walletPairingUrl } from '../../../protocol/pairing-link.ts';
import type { PairingCode } from '../../../protocol/terminals.ts';
import { formatTime } from '../../lib/i18n/format-date.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { createWalletPairingCode } from '../../lib/wallet-client/wallet-pairing-api.ts';
import { describeWalletError } from './describe-wallet-error.ts';
import { QrSvg } from './qr-svg.tsx';
import type { WalletRef } from './use-payment-code.ts';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

type Shown =
  | { phase: 'hidden' }
  | { phase: 'asking' }
  | { phase: 'shown'; pairing: PairingCode }
  | { phase: 'failed'; message: string };

/**
 * "Open on another phone": a one-time wallet pairing code of this wallet, as the QR of
 * `<this page's origin>/wallet#pair=<code>`. The other phone gets a token of its own; this
 * phone's token never leaves it.
 */
export function OpenOnAnotherPhone({ wallet }: { wallet: WalletRef }) {
  const t = useT();
  const [shown, setShown] = useState<Shown>({ phase: 'hidden' });

  async function ask() {
    setShown({ phase: 'asking' });
    try {
      const pairing = await createWalletPairingCode(wallet.walletId, wallet.token);
      setShown({ phase: 'shown', pairing });
    } catch (caught) {
      const reason = describeWalletError(caught);
      setShown({ phase: 'failed', message: t('walletPairing.couldNotGetCode', { reason }) });
    }
  }

  if (shown.phase === 'hidden' || shown.phase === 'failed') {
    return (
      <div className="wallet-pairing">
        <button type="button" onClick={() => void ask()}>
          {t('walletPairing.openOnAnother')}
        </button>
        {shown.phase === 'failed' && <p role="alert">{shown.message}</p>}
      </div>
    );
  }
  if (shown.phase === 'asking') {
    return <p className="loading">{t('walletPairing.gettingCode')}</p>;
  }
  const { code, expiresAt } = shown.pairing;
  const { host, hostname, origin } = globalThis.location;
  return (
    <figure className="wallet-pairing">
      <QrSvg text={walletPairingUrl(origin, code)} label={t('walletPairing.qr')} />
      <figcaption>
        <p>{t('walletPairing.scanIt', { time: formatTime(expiresAt) })}</p>
        <p>{t('walletPairing.code', { code })}</p>
        {LOOPBACK_HOSTS.has(hostname) && (
          <p className="sim-note">{t('walletPairing.localhost', { host })}</p>
        )}
        <button type="button" onClick={() => setShown({ phase: 'hidden' })}>
          {t('walletPairing.hide')}
        </button>
      </figcaption>
    </figure>
  );
}
