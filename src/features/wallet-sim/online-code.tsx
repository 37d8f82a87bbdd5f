import type { IssuedCode } from '../../../protocol/wallets.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { Code128Svg } from './code128-svg.tsx';
import { QrSvg } from './qr-svg.tsx';

/** The current online payment code: Code 128, its digits and a QR, with its countdown. */
export function OnlineCode({ code, secondsLeft }: { code: IssuedCode; secondsLeft: number }) {
  const t = useT();
  return (
    <figure className="pay-code">
      <Code128Svg text={code.authCode} label={t('wallet.barcode')} />
      <figcaption className="code-digits" aria-label={t('wallet.codeDigits')}>
        {code.authCode.replace(/(\d{4})(?=\d)/g, '$1 ')}
      </figcaption>
      <QrSvg text={code.authCode} label={t('wallet.qr')} />
      <p className="countdown">
        {t('wallet.refreshes', { refresh: Math.max(0, secondsLeft - 10), valid: secondsLeft })}
      </p>
    </figure>
  );
}
