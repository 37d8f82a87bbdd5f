import { useT } from '../../lib/i18n/use-t.ts';
import { useAppUpdate } from '../../lib/pwa/use-app-update.ts';
import { isUpdateSafe, useUpdateGuard } from '../../lib/outbox/update-guard.ts';
import type { Outbox } from '../../lib/outbox/start-outbox.ts';
import './app-update.css';

/**
 * "A new version is ready: Reload". Held back while a payment is in flight or the outbox is
 * replaying; `outbox` is this page's outbox, or null where the page runs none (the simulator).
 */
export function UpdatePrompt({ outbox }: { outbox: Outbox | null }) {
  const t = useT();
  const { state, apply } = useAppUpdate();
  const busy = useUpdateGuard(outbox);
  const shown = state !== 'current' && !busy;

  const accept = async () => {
    // A sale may have started in another tab since this rendered: ask the journal again.
    if (await isUpdateSafe(outbox)) apply();
  };

  return (
    <div className="update-prompt-region" aria-live="polite">
      {shown && (
        <div className="update-prompt">
          <p>{t('update.ready')}</p>
          <button
            type="button"
            className="primary"
            disabled={state === 'applying'}
            onClick={() => void accept()}
          >
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
