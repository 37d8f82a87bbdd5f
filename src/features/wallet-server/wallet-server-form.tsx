import { useId, useState, type SubmitEvent } from 'react';
import type { WalletOriginProblem } from '../../../protocol/wallet-origin.ts';
import type { PlainMessageKey } from '../../lib/i18n/catalogue-types.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import {
  checkWalletOrigin,
  chooseWalletOrigin,
  walletOrigin,
  walletOriginShown,
} from '../../lib/wallet-client/wallet-origin-setting.ts';
import './wallet-server.css';

const PROBLEM_MESSAGES: Record<WalletOriginProblem, PlainMessageKey> = {
  noScheme: 'walletServer.noScheme',
  notUrl: 'walletServer.notUrl',
  scheme: 'walletServer.scheme',
  notOrigin: 'walletServer.notOrigin',
  mixedContent: 'walletServer.mixedContent',
};

type Props = {
  /**
   * Set when the terminal is paired: the credentials belong to the current wallet server, so a
   * change must unpair first. Resolves to why it may not (unsent work), or null once unpaired.
   */
  unpair?: () => Promise<string | null>;
  onSaved: () => void;
};

/** Chooses the wallet server this page talks to (README, "Separate origins"). */
export function WalletServerForm({ unpair, onSaved }: Props) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(walletOrigin);
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const current = walletOriginShown();

  function submit(event: SubmitEvent) {
    event.preventDefault();
    setNote('');
    setConfirming(null);
    const checked = checkWalletOrigin(text);
    if (!checked.ok) {
      setError(t(PROBLEM_MESSAGES[checked.problem]));
      return;
    }
    setError(null);
    if (checked.origin === walletOrigin()) {
      setNote(t('walletServer.unchanged'));
      return;
    }
    if (unpair) {
      setConfirming(checked.origin || globalThis.location.origin);
      return;
    }
    save();
  }

  function save() {
    const chosen = chooseWalletOrigin(text);
    if (!chosen.ok) return;
    setNote(t('walletServer.saved', { wallet: walletOriginShown() }));
    onSaved();
  }

  async function unpairAndSave(doUnpair: () => Promise<string | null>) {
    setBusy(true);
    try {
      const refusal = await doUnpair();
      setConfirming(null);
      if (refusal === null) save();
      else setError(refusal);
    } catch (caught) {
      setConfirming(null);
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card wallet-server" aria-labelledby={`${id}-title`} onSubmit={submit}>
      <h2 id={`${id}-title`}>{t('walletServer.title')}</h2>
      <p>
        {unpair
          ? t('walletServer.changeUnpairs', { wallet: current })
          : t('walletServer.current', { wallet: current })}
      </p>
      <label>
        {t('walletServer.address')}
        <input
          name="walletServer"
          inputMode="url"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder={globalThis.location.origin}
          autoComplete="url"
          autoCapitalize="none"
          spellCheck={false}
          aria-describedby={`${id}-hint`}
          aria-invalid={error !== null}
        />
      </label>
      <p id={`${id}-hint`} className="hint">
        {t('walletServer.hint', { page: globalThis.location.origin })}
      </p>
      {error !== null && <p role="alert">{error}</p>}
      <p role="status">{note}</p>
      {confirming !== null && unpair ? (
        <div
          className="confirm"
          role="group"
          aria-label={t('walletServer.confirm', { wallet: confirming })}
        >
          <p>{t('walletServer.confirm', { wallet: confirming })}</p>
          <button type="button" disabled={busy} onClick={() => void unpairAndSave(unpair)}>
            {t('walletServer.confirmYes')}
          </button>
          <button type="button" disabled={busy} onClick={() => setConfirming(null)}>
            {t('walletServer.confirmNo', { wallet: current })}
          </button>
        </div>
      ) : (
        <button type="submit">{t('walletServer.save')}</button>
      )}
    </form>
  );
}
