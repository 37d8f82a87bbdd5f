import { useNow } from '../../lib/clock/use-now.ts';
import { useOutboxSummary } from '../../lib/db/outbox-queries.ts';
import { useOfflineLimits } from '../../lib/db/use-offline-limits.ts';
import { formatMoney } from '../../lib/i18n/format-money.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import { isOffline } from '../../lib/outbox/sale-worker.ts';
import type { Outbox } from '../../lib/outbox/start-outbox.ts';
import { formatAge } from './format-age.ts';
import { useConnectivity } from './use-outbox-state.ts';
import './sync.css';

/**
 * The outbox in one line for the top bar, always in view: what waits, the money taken offline
 * against its limit, and how long the oldest sale has waited. Not a live region as a whole: it
 * changes every second while work waits, which would drown a screen reader.
 */
export function OutboxStrip({ outbox }: { outbox: Outbox }) {
  const t = useT();
  const connectivity = useConnectivity(outbox);
  const now = useNow(1_000);
  const summary = useOutboxSummary(now);
  const limits = useOfflineLimits();
  const offline = isOffline(connectivity);

  return (
    <p className="outbox-strip">
      {/* Only the connectivity is announced: it changes seldom and matters at once. */}
      <span aria-live="polite">
        {offline ? (
          <>
            <span className="offline-badge">{t('strip.offline')}</span>
            {/* The browser says online, yet the wallet does not answer: say which it is. */}
            {connectivity.browserOnline && (
              <span className="offline-reason">{t('reach.walletNotAnswering')}</span>
            )}
          </>
        ) : (
          <span className="visually-hidden">{t('strip.online')}</span>
        )}
      </span>
      {summary && (
        <span>
          {summary.pendingCount === 0
            ? t('strip.allSent')
            : t('strip.pending', { count: summary.pendingCount })}
        </span>
      )}
      {summary && limits && (
        <span>
          {t('strip.exposure', {
            pending: formatMoney(summary.exposure.pendingTotal),
            limit: formatMoney(limits.totalPending),
          })}
        </span>
      )}
      {summary?.oldestPendingAt !== undefined && (
        <span>{t('strip.oldest', { age: formatAge(now - summary.oldestPendingAt) })}</span>
      )}
    </p>
  );
}
