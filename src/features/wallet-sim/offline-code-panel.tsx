import { useId } from 'react';
import { parseOfflineCode } from '../../../protocol/offline-code.ts';
import type { Translate } from '../../lib/i18n/catalogue-types.ts';
import { formatDateTime } from '../../lib/i18n/format-date.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { RichMessage } from '../../lib/i18n/rich-message.tsx';
import { useLanguage, useT } from '../../lib/i18n/use-t.ts';
import { OfflineBatchForm } from './offline-batch-form.tsx';
import { QrSvg } from './qr-svg.tsx';
import type { OfflineCodes } from './use-offline-codes.ts';

/** The next unused offline code, large enough for a tablet camera, and the batch controls. */
export function OfflineCodePanel({ codes }: { codes: OfflineCodes }) {
  const t = useT();
  const language = useLanguage();
  const textId = useId();
  const { current, remaining, fetching, error, now, next, fetchBatch } = codes;
  const parsed = current ? parseOfflineCode(current.text) : undefined;
  const provider = parsed?.ok ? parsed.payload.provider : undefined;

  return (
    <div className="offline-code">
      {current ? (
        <figure className="pay-code">
          <QrSvg text={current.text} label={t('wallet.offlineQr')} className="qr offline-qr" />
          <figcaption>
            <RichMessage
              messageKey={provider ? 'wallet.paysUpTo' : 'wallet.paysUpToAny'}
              params={{
                cap: <strong>{formatMoney(current.cap, { grouping: false, language })}</strong>,
                provider: provider ? t(`provider.${provider}`) : '',
              }}
            />
          </figcaption>
          <p className="sim-note">
            {t('wallet.codeValidity', {
              time: formatDateTime(current.exp, language),
              left: formatTimeLeft(Date.parse(current.exp) - now, t),
              count: remaining,
            })}
          </p>
          <div className="field code-text">
            <label htmlFor={textId}>{t('wallet.offlineCodeText')}</label>
            <input
              id={textId}
              value={current.text}
              readOnly
              onFocus={(event) => event.target.select()}
            />
          </div>
          <button type="button" onClick={next}>
            {t('wallet.nextCode')}
          </button>
        </figure>
      ) : (
        <p className="sim-note">{fetching ? t('wallet.gettingCodes') : t('wallet.noCodes')}</p>
      )}
      {error && <p role="alert">{error}</p>}
      <OfflineBatchForm fetching={fetching} onFetch={fetchBatch} />
    </div>
  );
}

function formatTimeLeft(ms: number, t: Translate): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours > 0
    ? t('duration.hoursMinutes', { hours, minutes: minutes % 60 })
    : t('duration.minutes', { minutes });
}
