import { useState } from 'react';
import { exportPendingSales } from '../../lib/csv/pending-export.ts';
import { clearLocalData } from '../../lib/db/clear-data.ts';
import { clearTerminalSession } from '../../lib/db/session.ts';
import type { PlainMessageKey } from '../../lib/i18n/catalogue-types.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { readUnsentWork } from '../../lib/db/unsent-work.ts';
import type { Outbox } from '../../lib/outbox/start-outbox.ts';
import { syncNow } from '../../lib/outbox/sync-now.ts';
import { unsentWorkRefusal } from './unsent-work-refusal.ts';

type Action = 'unpair' | 'clear';

const CONFIRM: Record<Action, { question: PlainMessageKey; yes: PlainMessageKey }> = {
  unpair: { question: 'data.unpairQuestion', yes: 'data.unpairYes' },
  clear: { question: 'data.clearQuestion', yes: 'data.clearYes' },
};

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
  const t = useT();
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
      const count = await exportPendingSales(new Date());
      setMessage(t('sync.exportedPending', { count }));
    });

  const sendNow = () =>
    run(async () => {
      const count = await syncNow(outbox.worker);
      setMessage(count === 0 ? t('sync.nothingWaiting') : t('sync.sending', { count }));
    });

  return (
    <section className="card terminal-data" aria-labelledby="terminal-data-heading">
      <h2 id="terminal-data-heading">{t('data.title')}</h2>
      <p className="hint">{t('data.hint')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void ask('unpair')}>
          {t('data.unpair')}
        </button>
        <button type="button" onClick={() => void ask('clear')}>
          {t('data.clear')}
        </button>
      </div>
      {refusal && (
        <div role="alert" className="refusal">
          <p>{refusal}</p>
        </div>
      )}
      {confirming && (
        <div className="confirm" role="group" aria-label={t('data.confirm')}>
          <p>
            {confirming.exported > 0
              ? t('data.exportedNotSent', {
                  question: t(CONFIRM[confirming.action].question),
                  count: confirming.exported,
                })
              : t(CONFIRM[confirming.action].question)}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="danger"
              onClick={() => void confirm(confirming.action)}
            >
              {t(CONFIRM[confirming.action].yes)}
            </button>
            <button type="button" onClick={() => setConfirming(null)}>
              {t('data.goBack')}
            </button>
          </div>
        </div>
      )}
      <div className="button-row">
        <button type="button" onClick={() => void exportPending()}>
          {t('sync.exportPending')}
        </button>
        <button type="button" onClick={() => void sendNow()}>
          {t('sync.now')}
        </button>
      </div>
      <p role="status" className="settings-message">
        {message}
      </p>
    </section>
  );
}
