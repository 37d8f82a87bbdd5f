import { useState, type SubmitEvent } from 'react';
import { useT } from '../../lib/i18n/use-t.ts';
import { WalletProblemError } from '../../lib/wallet-client/errors.ts';
import { pairWithCode, type TerminalSession } from './ensure-paired.ts';

export function PairingForm({ onPaired }: { onPaired: (session: TerminalSession) => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: SubmitEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onPaired(await pairWithCode(code));
    } catch (caught) {
      const detail =
        caught instanceof WalletProblemError
          ? (caught.errors[0]?.message ?? caught.detail)
          : t('pairing.unreachable');
      setError(detail);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={(event) => void submit(event)}>
      <h1 tabIndex={-1}>{t('pairing.title')}</h1>
      <p>{t('pairing.hint')}</p>
      <label>
        {t('pairing.code')}
        <input
          name="pairingCode"
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          required
        />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={busy}>
        {busy ? t('pairing.pairing') : t('pairing.pair')}
      </button>
    </form>
  );
}
