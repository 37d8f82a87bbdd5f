import { useCallback, useId, useState, type ReactNode } from 'react';
import type { WalletToken } from '../../../protocol/wallet-pairing.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { CreateWalletForm } from './create-wallet-form.tsx';
import {
  loadCreatedWallets,
  loadSelectedWalletId,
  mergeWallets,
  rememberSelectedWalletId,
  rememberWallets,
  useDemoWallets,
  type SimWallet,
} from './demo-wallets.ts';
import { useWalletPairingLink } from './use-wallet-pairing-link.ts';
import { WalletCard } from './wallet-card.tsx';
import './wallet-sim.css';

/** The customer's phone, for demos and tests: pick a wallet and show its payment code. */
/** `children`: more of the page, such as the wallet-server setting, at the end of `main`. */
export function WalletSimulator({ children }: { children?: ReactNode }) {
  const t = useT();
  const selectId = useId();
  const { wallets: demoWallets, error, access } = useDemoWallets();
  const [held, setHeld] = useState<SimWallet[]>(loadCreatedWallets);
  const [selectedId, setSelectedId] = useState<string | null>(loadSelectedWalletId);

  // Wallets held by token on this device; one in both lists shows once.
  const wallets = mergeWallets(demoWallets ?? [], held);
  const selected = wallets.find((w) => w.walletId === selectedId) ?? wallets[0];

  const select = useCallback((walletId: string) => {
    rememberSelectedWalletId(walletId);
    setSelectedId(walletId);
  }, []);

  const addWallets = useCallback(
    (added: readonly WalletToken[]) => {
      setHeld(rememberWallets(added));
      const [first] = added;
      if (first) select(first.walletId);
    },
    [select],
  );
  const link = useWalletPairingLink(addWallets);
  const noWallets = demoWallets !== null && wallets.length === 0 && link.status !== 'redeeming';

  return (
    <div className="wallet-sim">
      <header className="topbar">
        <h1 className="brand">{t('wallet.brand')}</h1>
        <a href="/">{t('wallet.terminalLink')}</a>
      </header>
      <main>
        {error && <p role="alert">{error}</p>}
        {link.status === 'refused' && <p role="alert">{link.message}</p>}
        {link.status === 'added' && (
          <p className="sim-note" aria-live="polite">
            {t('walletPairing.added', { count: link.wallets.length })}
          </p>
        )}
        {(demoWallets === null || link.status === 'redeeming') && (
          <p className="loading">{t('wallet.loadingWallets')}</p>
        )}
        {noWallets && access !== 'local' && <p className="card">{t('walletPairing.howToGet')}</p>}
        {wallets.length > 0 && (
          <div className="field">
            <label htmlFor={selectId}>{t('wallet.wallet')}</label>
            <select
              id={selectId}
              value={selected?.walletId ?? ''}
              onChange={(event) => select(event.target.value)}
            >
              {wallets.map((w) => (
                <option key={w.walletId} value={w.walletId}>
                  {w.name} ({w.walletId})
                </option>
              ))}
            </select>
          </div>
        )}
        {demoWallets !== null && selected && (
          <WalletCard key={selected.walletId} wallet={selected} />
        )}
        <CreateWalletForm
          onCreated={(wallet) => addWallets([wallet])}
          needsAdminToken={access === 'remote' || access === 'not-demo'}
        />
        {children}
      </main>
    </div>
  );
}
