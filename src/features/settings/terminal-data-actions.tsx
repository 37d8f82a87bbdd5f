import { useState } from 'react';
import { exportPendingSales } from '../../lib/csv/pending-export.ts';
import { clearLocalData } from '../../lib/db/clear-data.ts';
import { clearTerminalSession } from '../../lib/db/session.ts';
import { readUnsentWork } from '../../lib/db/unsent-work.ts';
import type { Outbox } from '../../lib/outbox/start-outbox.ts';
import { syncNow } from '../../lib/outbox/sync-now.ts';
import { unsentWorkRefusal } from './unsent-work-refusal.ts';

type Action = 'unpair' | 'clear';

const CONFIRM: Record<Action, { question: string; yes: string }> = {
  unpair: {
    question:
      'Unpair this terminal? It forgets its key and cannot take payments until it is paired again with a new pairing code.',
    yes: 'Yes, unpair',
  },
  clear: {
    question:
      'Clear all local data? This deletes the journal of sales on this device, the pairing, the cached wallet keys and the settings. The wallet keeps its own records.',
    yes: 'Yes, clear local data',
  },
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Unpairing (Saoma's sign-out) and clearing the data, both refused while work is unsent unless
 * the cashier has just exported it. The check is made on the click and again, in the same
 * transaction as the delete, on the confirmation.
 */
export function TerminalDataActions({
  outbox,
  onUnpaired,
}: {
  outbox: Outbox;
  onUnpaired: () => void;
}) {
  const [confirming, setConfirming] = useState<{ action: Action; exported: number } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [message, setMessage] = useState('');

  async function run(work: () => Promise<void>) {
    try {
      await work();
    } catch (error) {
      setConfirming(null);
      setRefusal(error instanceof Error ? error.message : String(error));
    }
  }

  const ask = (action: Action) => {
    setRefusal(null);
    setConfirming(null);
    return run(async () => {
      const unsent = await readUnsentWork();
      const refused = unsentWorkRefusal(unsent, 'as-now');
      setRefusal(refused);
      setConfirming(refused === null ? { action, exported: unsent.sales.length } : null);
    });
  };

  const confirm = (action: Action) =>
    run(async () => {
      const act = action === 'unpair' ? clearTerminalSession : clearLocalData;
      // The export was current on the click; since then only a new sale makes it incomplete.
      const refused = await act((unsent) => unsentWorkRefusal(unsent, 'same-sales'));
      setConfirming(null);
      setRefusal(refused);
      if (refused === null) onUnpaired();
    });

  const exportPending = () =>
    run(async () => {
      setMessage(`Exported ${plural(await exportPendingSales(new Date()), 'pending sale')}.`);
    });

  const sendNow = () =>
    run(async () => {
      const count = await syncNow(outbox.worker);
      setMessage(
        count === 0
          ? 'Nothing is waiting to be sent.'
          : `Sending ${plural(count, 'pending sale')}…`,
      );
    });

  return (
    <section className="card terminal-data" aria-labelledby="terminal-data-heading">
      <h2 id="terminal-data-heading">Pairing and local data</h2>
      <p className="hint">
        Unsent sales live only on this device. Unpairing or clearing the data is refused while any
        are waiting, unless you export them first.
      </p>
      <div className="button-row">
        <button type="button" onClick={() => void ask('unpair')}>
          Unpair this terminal
        </button>
        <button type="button" onClick={() => void ask('clear')}>
          Clear local data
        </button>
      </div>
      {refusal && (
        <div role="alert" className="refusal">
          <p>{refusal}</p>
        </div>
      )}
      {confirming && (
        <div className="confirm" role="group" aria-label="Confirm">
          <p>
            {CONFIRM[confirming.action].question}
            {confirming.exported > 0 &&
              ` The ${plural(confirming.exported, 'unsent sale')} in the file you exported will not be sent from this terminal.`}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              onClick={() => void confirm(confirming.action)}
            >
              {CONFIRM[confirming.action].yes}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              Go back
            </button>
          </div>
        </div>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void exportPending()}>
          Export pending (CSV)
        </button>
        <button type="button" onClick={() => void sendNow()}>
          Sync now
        </button>
      </div>
      <p role="status" className="settings-message">
        {message}
      </p>
    </section>
  );
}
