import { useId } from 'react';
import { formatAmount } from '../../../protocol/money.ts';
import { parseOfflineCode } from '../../../protocol/offline-code.ts';
import { PROVIDER_NAMES } from '../../lib/provider-names.ts';
import { OfflineBatchForm } from './offline-batch-form.tsx';
import { QrSvg } from './qr-svg.tsx';
import type { OfflineCodes } from './use-offline-codes.ts';

/** The next unused offline code, large enough for a tablet camera, and the batch controls. */
export function OfflineCodePanel({ codes }: { codes: OfflineCodes }) {
  const textId = useId();
  const { current, remaining, fetching, error, now, next, fetchBatch } = codes;
  const parsed = current ? parseOfflineCode(current.text) : undefined;
  const provider = parsed?.ok ? PROVIDER_NAMES[parsed.payload.provider] : undefined;

  return (
    <div className="offline-code">
      {current ? (
        <figure className="pay-code">
          <QrSvg text={current.text} label="Offline payment code" className="qr offline-qr" />
          <figcaption>
            Pays up to <strong>¥{formatAmount(current.cap)}</strong>
            {provider && ` with ${provider}`}, without a network.
          </figcaption>
          <p className="sim-note">
            Valid until {new Date(current.exp).toLocaleString('en-GB')} (
            {formatTimeLeft(Date.parse(current.exp) - now)} left).{' '}
            {remaining === 1 ? 'This is the last code' : `${remaining} codes left`} on this phone.
          </p>
          <div className="field code-text">
            <label htmlFor={textId}>Offline code text</label>
            <input
              id={textId}
              value={current.text}
              readOnly
              onFocus={(event) => event.target.select()}
            />
          </div>
          <button type="button" onClick={next}>
            Next code
          </button>
        </figure>
      ) : (
        <p className="sim-note">
          {fetching
            ? 'Getting offline codes…'
            : 'No offline codes on this phone. Get new ones while the phone is online.'}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      <OfflineBatchForm fetching={fetching} onFetch={fetchBatch} />
    </div>
  );
}

function formatTimeLeft(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours > 0 ? `${hours} h ${minutes % 60} min` : `${minutes} min`;
}
