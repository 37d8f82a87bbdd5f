import type { OutboxSummary } from '../../lib/db/outbox-queries.ts';
import {
  formatDuration,
  formatYuan,
  type OfflineLimits,
} from '../../lib/offline-acceptance/offline-limits.ts';
import type { Outbox } from '../../lib/outbox/start-outbox.ts';
import { formatAge } from './format-age.ts';
import { StorageLine } from './storage-line.tsx';
import { useConnectivity, useReplayerStatus } from './use-outbox-state.ts';
import { useStorageStatus } from './use-storage-status.ts';

type Props = {
  outbox: Outbox;
  summary: OutboxSummary | undefined;
  limits: OfflineLimits | undefined;
  now: number;
};

/** The outbox's state at a glance: what waits, the offline risk, the connection and storage. */
export function OutboxFacts({ outbox, summary, limits, now }: Props) {
  const connectivity = useConnectivity(outbox);
  const replayer = useReplayerStatus(outbox);
  const storage = useStorageStatus(summary?.pendingCount);
  const exposure = summary?.exposure;

  return (
    <>
      <dl className="facts">
        <dt>Pending</dt>
        <dd>{summary ? `${summary.pendingCount} not sent yet` : 'Loading…'}</dd>
        <dt>Oldest pending</dt>
        <dd>
          {summary?.oldestPendingAt === undefined
            ? 'None'
            : `${formatAge(now - summary.oldestPendingAt)} old`}
        </dd>
        <dt>Offline exposure</dt>
        <dd>
          {exposure && limits ? (
            <>
              {formatYuan(exposure.pendingTotal)} of {formatYuan(limits.totalPending)} (
              {exposure.count} offline sale{exposure.count === 1 ? '' : 's'})
              <meter
                aria-label="Offline exposure against the limit"
                min={0}
                max={limits.totalPending}
                high={limits.totalPending * 0.8}
                value={exposure.pendingTotal}
              />
            </>
          ) : (
            'Loading…'
          )}
        </dd>
        <dt>Offline limits</dt>
        <dd>
          {limits
            ? `${formatYuan(limits.perSale)} per sale; no new offline sale once the oldest has waited ${formatDuration(limits.oldestPendingMs)}`
            : 'Loading…'}
        </dd>
        <dt>Connection</dt>
        <dd>
          Browser {connectivity.browserOnline ? 'online' : 'offline'}; wallet{' '}
          {connectivity.walletAnswering ? 'answering' : 'not answering'}
        </dd>
        <dt>Sending</dt>
        <dd>
          {replayer.leader
            ? `This tab sends the pending sales${replayer.replaying ? ' (sending now)' : ''}`
            : 'Another tab of this terminal sends the pending sales; this tab takes over if it closes'}
        </dd>
      </dl>
      <StorageLine status={storage} />
    </>
  );
}
