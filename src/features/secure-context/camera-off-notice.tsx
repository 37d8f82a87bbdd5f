import { useId } from 'react';
import { RichMessage } from '../../lib/i18n/rich-message.tsx';
import { useT } from '../../lib/i18n/use-t.ts';
import './secure-context.css';

/** The command that serves Saoma over HTTPS on the LAN (README, "Use it on a tablet"). */
export const HTTPS_COMMAND = 'npm start -- --https';

/**
 * Why the camera is off on a page outside a secure context, and what to do about it. Shown in
 * the camera's place for as long as the scanner is open; it is not a dialog and needs no answer.
 */
export function CameraOffNotice() {
  const t = useT();
  const headingId = useId();
  return (
    <section className="camera-off" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('secureContext.cameraOff')}</h3>
      <p>{t('secureContext.why', { host: window.location.host })}</p>
      <p>
        <RichMessage
          messageKey="secureContext.whatToDo"
          params={{ command: <code>{HTTPS_COMMAND}</code> }}
        />
      </p>
      {!('serviceWorker' in navigator) && <p>{t('secureContext.noServiceWorker')}</p>}
    </section>
  );
}
