import { useId, useState } from 'react';
import { PROVIDERS, type Provider } from '../../../protocol/payment-code.ts';
import { PAYMENT_STATUSES } from '../../../protocol/payments.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import type { Translate } from '../../lib/i18n/catalogue-types.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { OfflineCodePanel } from './offline-code-panel.tsx';
import { OnlineCode } from './online-code.tsx';
import { OpenOnAnotherPhone } from './open-on-another-phone.tsx';
import { PendingPrompts } from './pending-prompts.tsx';
import { useOfflineCodes } from './use-offline-codes.ts';
import { usePaymentCode, type WalletRef } from './use-payment-code.ts';
import { useWalletView } from './use-wallet-view.ts';

export function WalletCard({ wallet }: { wallet: WalletRef & { name: string } }) {
  const t = useT();
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
        {t('wallet.balance')}{' '}
        <output aria-label={t('wallet.balance')}>
          {view ? formatMoney(view.balance, { grouping: false }) : '…'}
        </output>
      </p>
      {viewError && <p role="alert">{viewError}</p>}
      <PendingPrompts wallet={wallet} onDecided={refresh} />
      <div className="code-mode">
        <div className="field">
          <label htmlFor={providerId}>{t('wallet.provider')}</label>
          <select
            id={providerId}
            value={provider}
            onChange={(event) => setProvider(toProvider(event.target.value))}
          >
            {PROVIDERS.map((p) => (
              <option key={p} value={p}>
                {t(`provider.${p}`)}
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
          {t('wallet.offlineCode')}
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
      <OpenOnAnotherPhone wallet={wallet} />
      {view && view.recent.length > 0 && (
        <>
          <h3>{t('wallet.recent')}</h3>
          <ul className="recent">
            {view.recent.map((item) => (
              <li key={item.tradeNo}>
                {t('wallet.recentItem', {
                  provider: t(`provider.${item.provider}`),
                  amount: formatMoney(item.amount, { grouping: false }),
                  status: statusText(item.status, t),
                  merchant: item.merchantName,
                })}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** The wallet's status words we know, translated; any other is shown as the wallet sent it. */
function statusText(status: string, t: Translate): string {
  const known = PAYMENT_STATUSES.find((candidate) => candidate === status);
  return known ? t(`paymentStatus.${known}`) : status;
}

function toProvider(value: string): Provider {
  return PROVIDERS.find((p) => p === value) ?? 'alipay';
}
