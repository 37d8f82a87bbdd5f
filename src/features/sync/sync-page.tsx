import { useState } from 'react';
import { useNow } from '../../lib/clock/use-now.ts';
import { csvFileName, downloadCsv } from '../../lib/csv/download.ts';
import { exportPendingSales } from '../../lib/csv/pending-export.ts';
import { attentionCsv } from '../../lib/csv/sales-csv.ts';
import { attentionSales, useOutboxSummary } from '../../lib/db/outbox-queries.ts';
import { useOfflineLimits } from '../../lib/db/use-offline-limits.ts';
import type { Outbox } from '../../lib/outbox/start-outbox.ts';
import { syncNow } from '../../lib/outbox/sync-now.ts';
import { AttentionList } from './attention-list.tsx';
import { OutboxFacts } from './outbox-facts.tsx';
import { PendingTable } from './pending-table.tsx';
import './sync.css';

const sales = (count: number) => `${count} pending sale${count === 1 ? '' : 's'}`;

/** The outbox: what is waiting, what needs a person, and a way to send it now. */
export function SyncPage({ outbox }: { outbox: Outbox }) {
  const now = useNow(1_000);
  const summary = useOutboxSummary(now);
  const pending = summary?.pending;
  const limits = useOfflineLimits();
  const [announcement, setAnnouncement] = useState('');

  async function act(work: () => Promise<string>) {
    try {
      setAnnouncement(await work());
    } catch (error) {
      setAnnouncement(error instanceof Error ? error.message : String(error));
    }
  }

  const sendNow = () =>
    act(async () => {
      const count = await syncNow(outbox.worker);
      if (count === 0) return 'Nothing is waiting to be sent.';
      const offline = outbox.worker.offline()
        ? ' The terminal is offline: they go as soon as the wallet answers.'
        : '';
      return `Sending ${sales(count)}…${offline}`;
    });

  const exportPending = () =>
    act(async () => `Exported ${sales(await exportPendingSales(new Date()))}.`);

  const exportAttention = () =>
    act(async () => {
      const at = Date.now();
      const rows = await attentionSales(at);
      downloadCsv(csvFileName('needs-attention', new Date(at)), attentionCsv(rows, at));
      const one = rows.length === 1;
      return `Exported ${rows.length} ${one ? 'sale that needs' : 'sales that need'} attention.`;
    });

  return (
    <div className="sync">
      <h1>Sync</h1>
      <section className="card" aria-labelledby="outbox-heading">
        <h2 id="outbox-heading">Outbox</h2>
        <OutboxFacts outbox={outbox} summary={summary} limits={limits} now={now} />
        <button type="button" className="primary" onClick={() => void sendNow()}>
          Sync now
        </button>
        <p role="status" className="sync-announcement">
          {announcement}
        </p>
      </section>
      <section className="card" aria-labelledby="pending-heading">
        <div className="section-head">
          <h2 id="pending-heading">Pending{pending ? ` (${pending.length})` : ''}</h2>
          <button type="button" onClick={() => void exportPending()}>
            Export pending (CSV)
          </button>
        </div>
        {pending ? <PendingTable rows={pending} /> : <p>Loading…</p>}
      </section>
      <section className="card" aria-labelledby="attention-heading">
        <div className="section-head">
          <h2 id="attention-heading">
            Needs attention{summary ? ` (${summary.attention.length})` : ''}
          </h2>
          <button type="button" onClick={() => void exportAttention()}>
            Export needs-attention (CSV)
          </button>
        </div>
        <p className="hint">
          Declined after forwarding: the terminal accepted the sale offline but the wallet refused
          it, so the money was not collected. This is the shop&apos;s risk: follow up with the
          customer. Outcome unknown for long: do not charge again; the terminal keeps checking.
        </p>
        {summary ? <AttentionList rows={summary.attention} now={now} /> : <p>Loading…</p>}
      </section>
    </div>
  );
}
