import { useId, useState } from 'react';
import { formatAmount } from '../../../protocol/money.ts';
import { PROVIDERS, type Provider } from '../../../protocol/payment-code.ts';
import { PROVIDER_NAMES } from '../../lib/provider-names.ts';
import { OfflineCodePanel } from './offline-code-panel.tsx';
import { OnlineCode } from './online-code.tsx';
import { PendingPrompts } from './pending-prompts.tsx';
import { useOfflineCodes } from './use-offline-codes.ts';
import { usePaymentCode, type WalletRef } from './use-payment-code.ts';
import { useWalletView } from './use-wallet-view.ts';

export function WalletCard({ wallet }: { wallet: WalletRef & { name: string } }) {
  const headingId = useId();
  const providerId = useId();
  const [provider, setProvider] = useState<Provider>('alipay');
  const [offlineMode, setOfflineMode] = useState(false);
  const { view, error: viewError, refresh } = useWalletView(wallet);
  // A new payment in `recent` means the code on screen was presented, so it is dead.
  const generation = view ? (view.recent[0]?.tradeNo ?? '') : null;
  const { code, error: codeError, secondsLeft } = usePaymentCode(wallet, provider, generation);
  const offlineCodes = useOfflineCodes(wallet, provider, view !== null && viewError === null);

  return (
    <section className="card wallet-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{view?.name ?? wallet.name}</h2>
      <p className="balance">
        Balance{' '}
        <output aria-label="Balance">{view ? `¥${formatAmount(view.balance)}` : '…'}</output>
      </p>
      {viewError && <p role="alert">{viewError}</p>}
      <PendingPrompts wallet={wallet} onDecided={refresh} />
      <div className="code-mode">
        <div className="field">
          <label htmlFor={providerId}>Provider</label>
          <select
            id={providerId}
            value={provider}
            onChange={(event) => setProvider(toProvider(event.target.value))}
          >
            {PROVIDERS.map((p) => (
              <option key={p} value={p}>
                {PROVIDER_NAMES[p]}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="mode-toggle"
          aria-pressed={offlineMode}
          onClick={() => setOfflineMode((on) => !on)}
        >
          Offline code
        </button>
      </div>
      {offlineMode ? (
        <OfflineCodePanel codes={offlineCodes} />
      ) : (
        <>
          {codeError && <p role="alert">{codeError}</p>}
          {code && <OnlineCode code={code} secondsLeft={secondsLeft} />}
        </>
      )}
      {view && view.recent.length > 0 && (
        <>
          <h3>Recent</h3>
          <ul className="recent">
            {view.recent.map((item) => (
              <li key={item.tradeNo}>
                {PROVIDER_NAMES[item.provider]} ¥{formatAmount(item.amount)} {item.status} ·{' '}
                {item.merchantName}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function toProvider(value: string): Provider {
  return PROVIDERS.find((p) => p === value) ?? 'alipay';
}
