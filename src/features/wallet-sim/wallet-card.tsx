import { useId, useState } from 'react';
import { formatAmount } from '../../../protocol/money.ts';
import { PROVIDERS, type Provider } from '../../../protocol/payment-code.ts';
import { PROVIDER_NAMES } from '../../lib/provider-names.ts';
import { Code128Svg } from './code128-svg.tsx';
import { QrSvg } from './qr-svg.tsx';
import { usePaymentCode, type WalletRef } from './use-payment-code.ts';
import { useWalletView } from './use-wallet-view.ts';

export function WalletCard({ wallet }: { wallet: WalletRef & { name: string } }) {
  const headingId = useId();
  const providerId = useId();
  const [provider, setProvider] = useState<Provider>('alipay');
  const { view, error: viewError } = useWalletView(wallet);
  // A new payment in `recent` means the code on screen was presented, so it is dead.
  const generation = view ? (view.recent[0]?.tradeNo ?? '') : null;
  const { code, error: codeError, secondsLeft } = usePaymentCode(wallet, provider, generation);

  return (
    <section className="card wallet-card" aria-labelledby={headingId}>
      <h2 id={headingId}>{view?.name ?? wallet.name}</h2>
      <p className="balance">
        Balance{' '}
        <output aria-label="Balance">{view ? `¥${formatAmount(view.balance)}` : '…'}</output>
      </p>
      {viewError && <p role="alert">{viewError}</p>}
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
      {codeError && <p role="alert">{codeError}</p>}
      {code && (
        <figure className="pay-code">
          <Code128Svg text={code.authCode} label="Payment barcode" />
          <figcaption className="code-digits" aria-label="Payment code digits">
            {code.authCode.replace(/(\d{4})(?=\d)/g, '$1 ')}
          </figcaption>
          <QrSvg text={code.authCode} label="Payment QR code" />
          <p className="countdown">
            Refreshes in {Math.max(0, secondsLeft - 10)} s (valid {secondsLeft} s)
          </p>
        </figure>
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
