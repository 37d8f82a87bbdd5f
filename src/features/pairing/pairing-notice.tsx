import { useT } from '../../lib/i18n/use-t.ts';
import './pairing.css';

/** A note about pairing that needs no answer (a pairing link on a terminal already paired). */
export function PairingNotice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const t = useT();
  return (
    <div className="card pairing-notice">
      <p aria-live="polite">{text}</p>
      <button type="button" onClick={onDismiss}>
        {t('pairingQr.dismiss')}
      </button>
    </div>
  );
}
