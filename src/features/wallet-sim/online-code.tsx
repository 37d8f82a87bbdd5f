import type { IssuedCode } from '../../../protocol/wallets.ts';
import { Code128Svg } from './code128-svg.tsx';
import { QrSvg } from './qr-svg.tsx';

/** The current online payment code: Code 128, its digits and a QR, with its countdown. */
export function OnlineCode({ code, secondsLeft }: { code: IssuedCode; secondsLeft: number }) {
  return (
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
  );
}
