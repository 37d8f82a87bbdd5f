import { useState, type SubmitEvent } from 'react';
import { WalletProblemError } from '../../lib/wallet-client/errors.ts';
import { pairWithCode, type TerminalSession } from './ensure-paired.ts';

export function PairingForm({ onPaired }: { onPaired: (session: TerminalSession) => void }) {
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
          : 'The wallet could not be reached. Check the connection and try again.';
      setError(detail);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={(event) => void submit(event)}>
      <h2>Pair this terminal</h2>
      <p>Ask the shop owner for a one-time pairing code from the wallet&apos;s admin side.</p>
      <label>
        Pairing code
        <input
          value={code}
          onChange={(event) => setCode(event.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          required
        />
      </label>
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={busy}>
        {busy ? 'Pairing…' : 'Pair'}
      </button>
    </form>
  );
}
