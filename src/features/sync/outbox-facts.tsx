import type { OutboxSummary } from '../../lib/db/outbox-queries.ts';
import { formatDuration } from '../../lib/i18n/format-duration.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import type { OfflineLimits } from '../../lib/offline-acceptance/offline-limits.ts';
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
  const t = useT();
  const connectivity = useConnectivity(outbox);
  const replayer = useReplayerStatus(outbox);
  const storage = useStorageStatus(summary?.pendingCount);
  const exposure = summary?.exposure;

  return (
    <>
      <dl className="facts">
        <dt>{t('facts.pending')}</dt>
        <dd>
          {summary ? t('facts.notSentYet', { count: summary.pendingCount }) : t('common.loading')}
        </dd>
        <dt>{t('facts.oldestPending')}</dt>
        <dd>
          {summary?.oldestPendingAt === undefined
            ? t('facts.none')
            : t('facts.age', { age: formatAge(now - summary.oldestPendingAt) })}
        </dd>
        <dt>{t('facts.exposure')}</dt>
        <dd>
          {exposure && limits ? (
            <>
              {t('facts.exposureValue', {
                pending: formatMoney(exposure.pendingTotal),
                limit: formatMoney(limits.totalPending),
                count: exposure.count,
              })}
              <meter
                aria-label={t('facts.exposureMeter')}
                min={0}
                max={limits.totalPending}
                high={limits.totalPending * 0.8}
                value={exposure.pendingTotal}
              />
            </>
          ) : (
            t('common.loading')
          )}
        </dd>
        <dt>{t('facts.limits')}</dt>
        <dd>
          {limits
            ? t('facts.limitsValue', {
                perSale: formatMoney(limits.perSale),
                duration: formatDuration(limits.oldestPendingMs),
              })
            : t('common.loading')}
        </dd>
        <dt>{t('facts.connection')}</dt>
        <dd>
          {t('facts.connectionValue', {
            browser: connectivity.browserOnline
              ? t('facts.browserOnline')
              : t('facts.browserOffline'),
            wallet: connectivity.walletAnswering
              ? t('facts.walletAnswering')
              : t('facts.walletNotAnswering'),
          })}
        </dd>
        <dt>{t('facts.sending')}</dt>
        <dd>
          {replayer.leader
            ? t(replayer.replaying ? 'facts.leaderSending' : 'facts.leader')
            : t('facts.follower')}
        </dd>
      </dl>
      <StorageLine status={storage} />
    </>
  );
}
