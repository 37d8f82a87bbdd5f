import { useCallback, useState, type ReactNode, type SubmitEvent } from 'react';
import type { Translate } from '../../lib/i18n/catalogue-types.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { WalletProblemError } from '../../lib/wallet-client/errors.ts';
import { walletOriginShown } from '../../lib/wallet-client/wallet-origin-setting.ts';
import { pairWithCode, type TerminalSession } from './ensure-paired.ts';
import { judgePairingScan, type PairingScan } from './pairing-scan.ts';
import { problemReason } from './start-session.ts';
import './pairing.css';

/** A read from the camera: its text and the symbology it was read in. */
export type PairingRead = { text: string; format: string };

type PairingFormProps = {
  onPaired: (session: TerminalSession) => void;
  /** The camera, given a handler for its reads (the app composes the scanner feature's). */
  camera: (onRead: (read: PairingRead) => void) => ReactNode;
  /** Why the pairing link did not pair this terminal. */
  problem?: string | null;
  /** The device is on the LAN: say how it gets a pairing code. */
  byCode?: boolean;
  initialCode?: string;
};

export function PairingForm({
  onPaired,
  camera,
  problem = null,
  byCode = false,
  initialCode = '',
}: PairingFormProps) {
  const t = useT();
  const [code, setCode] = useState(initialCode);
  const [error, setError] = useState<string | null>(problem);
  const [busy, setBusy] = useState(false);
  const [scanning, setScanning] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  const pair = useCallback(
    async (text: string) => {
      setBusy(true);
      setError(null);
      try {
        onPaired(await pairWithCode(text));
      } catch (caught) {
        setError(
          caught instanceof WalletProblemError ? problemReason(caught) : t('pairing.unreachable'),
        );
      } finally {
        setBusy(false);
      }
    },
    [onPaired, t],
  );

  const onRead = useCallback(
    (read: PairingRead) => {
      const origins = [globalThis.location.origin, walletOriginShown()];
      const judged = judgePairingScan(read.text, origins);
      const scan: PairingScan =
        judged.ok && read.format !== 'qr_code' ? { ok: false, reason: 'not-pairing' } : judged;
      if (!scan.ok) {
        setRefusal(refusalText(scan, t));
        return;
      }
      setRefusal(null);
      setScanning(false);
      setCode(scan.code);
      void pair(scan.code);
    },
    [pair, t],
  );

  function submit(event: SubmitEvent) {
    event.preventDefault();
    void pair(code);
  }

  return (
    <section className="card pairing">
      <h1 tabIndex={-1}>{t('pairing.title')}</h1>
      <p>{byCode ? t('pairingQr.byCode') : t('pairing.hint')}</p>
      <form onSubmit={submit}>
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
      <button
        type="button"
        onClick={() => {
          setRefusal(null);
          setScanning((on) => !on);
        }}
      >
        {scanning ? t('pairingQr.stopScan') : t('pairingQr.scan')}
      </button>
      {scanning && (
        <>
          <p>{t('pairingQr.scanHint')}</p>
          {camera(onRead)}
        </>
      )}
      {refusal && (
        <p role="alert" className="refusal">
          {refusal}
        </p>
      )}
    </section>
  );
}

function refusalText(scan: Extract<PairingScan, { ok: false }>, t: Translate): string {
  switch (scan.reason) {
    case 'payment-code':
      return t('pairingQr.paymentCode');
    case 'other-server':
      return t('pairingQr.otherServer', { origin: scan.origin ?? '' });
    case 'wallet-link':
      return t('pairingQr.walletLink');
    case 'not-pairing':
      return t('pairingQr.notPairing');
  }
}
