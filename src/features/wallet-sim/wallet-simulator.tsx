import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { CreateWalletForm } from './create-wallet-form.tsx';
import {
  loadCreatedWallets,
  loadSelectedWalletId,
  rememberCreatedWallet,
  rememberSelectedWalletId,
  useDemoWallets,
  type SimWallet,
} from './demo-wallets.ts';
import { WalletCard } from './wallet-card.tsx';
import './wallet-sim.css';

/** The customer's phone, for demos and tests: pick a wallet and show its payment code. */
/** `children`: more of the page, such as the wallet-server setting, at the end of `main`. */
export function WalletSimulator({ children }: { children?: ReactNode }) {
  const t = useT();
  const selectId = useId();
  const { wallets: demoWallets, error } = useDemoWallets();
  const [created, setCreated] = useState<SimWallet[]>(loadCreatedWallets);
  const [selectedId, setSelectedId] = useState<string | null>(loadSelectedWalletId);

  const wallets = [...(demoWallets ?? []), ...created];
  const selected = wallets.find((w) => w.walletId === selectedId) ?? wallets[0];

  function select(walletId: string) {
    rememberSelectedWalletId(walletId);
    setSelectedId(walletId);
  }

  function onCreated(wallet: SimWallet) {
    rememberCreatedWallet(wallet);
    setCreated((list) => [...list, wallet]);
    select(wallet.walletId);
  }

  return (
    <div className="wallet-sim">
      <header className="topbar">
        <h1 className="brand">{t('wallet.brand')}</h1>
        <a href="/">{t('wallet.terminalLink')}</a>
      </header>
      <main>
        {error && <p role="alert">{error}</p>}
        {demoWallets === null && <p className="loading">{t('wallet.loadingWallets')}</p>}
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
        <CreateWalletForm onCreated={onCreated} />
        {children}
      </main>
    </div>
  );
}
