import { useState } from 'react';
import { useNow } from '../../lib/clock/use-now.ts';
import { csvFileName, downloadCsv } from '../../lib/csv/download.ts';
import { exportPendingSales } from '../../lib/csv/pending-export.ts';
import { attentionCsv } from '../../lib/csv/sales-csv.ts';
import { attentionSales, useOutboxSummary } from '../../lib/db/outbox-queries.ts';
import { useOfflineLimits } from '../../lib/db/use-offline-limits.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import type { Outbox } from '../../lib/outbox/start-outbox.ts';
import { syncNow } from '../../lib/outbox/sync-now.ts';
import { AttentionList } from './attention-list.tsx';
import { OutboxFacts } from './outbox-facts.tsx';
import { PendingRefunds } from './pending-refunds.tsx';
import { PendingTable } from './pending-table.tsx';
import './sync.css';

/** The outbox: what is waiting, what needs a person, and a way to send it now. */
export function SyncPage({ outbox }: { outbox: Outbox }) {
  const t = useT();
  const now = useNow(1_000);
  const summary = useOutboxSummary(now);
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
      if (count === 0) return t('sync.nothingWaiting');
      const key = outbox.worker.offline() ? 'sync.sendingOffline' : 'sync.sending';
      return t(key, { count });
    });

  const exportPending = () =>
    act(async () => {
      const count = await exportPendingSales(new Date());
      return t('sync.exportedPending', { count });
    });

  const exportAttention = () =>
    act(async () => {
      const at = Date.now();
      const rows = await attentionSales(at);
      downloadCsv(csvFileName('needs-attention', new Date(at)), attentionCsv(rows, at));
      return t('sync.exportedAttention', { count: rows.length });
    });

  return (
    <div className="sync">
      <h1 tabIndex={-1}>{t('sync.title')}</h1>
      <section className="card" aria-labelledby="outbox-heading">
        <h2 id="outbox-heading">{t('sync.outbox')}</h2>
        <OutboxFacts outbox={outbox} summary={summary} limits={limits} now={now} />
        <button type="button" className="primary" onClick={() => void sendNow()}>
          {t('sync.now')}
        </button>
        <p role="status" className="sync-announcement">
          {announcement}
        </p>
      </section>
      <section className="card" aria-labelledby="pending-heading">
        <div className="section-head">
          <h2 id="pending-heading">
            {summary ? t('sync.pendingCount', { count: summary.pendingCount }) : t('sync.pending')}
          </h2>
          <button type="button" onClick={() => void exportPending()}>
            {t('sync.exportPending')}
          </button>
        </div>
        {summary ? (
          <>
            <PendingTable rows={summary.pending} refundsWaiting={summary.pendingRefunds.length} />
            <PendingRefunds refunds={summary.pendingRefunds} />
          </>
        ) : (
          <p>{t('common.loading')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="attention-heading">
        <div className="section-head">
          <h2 id="attention-heading">
            {summary
              ? t('sync.needsAttentionCount', { count: summary.attention.length })
              : t('sync.needsAttention')}
          </h2>
          <button type="button" onClick={() => void exportAttention()}>
            {t('sync.exportAttention')}
          </button>
        </div>
        <p className="hint">{t('sync.attentionHint')}</p>
        {summary ? (
          <AttentionList rows={summary.attention} now={now} />
        ) : (
          <p>{t('common.loading')}</p>
        )}
      </section>
    </div>
  );
}
