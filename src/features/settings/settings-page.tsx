import { useOfflineLimits } from '../../lib/db/use-offline-limits.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import type { Outbox } from '../../lib/outbox/start-outbox.ts';
import { LanguagePicker } from './language-picker.tsx';
import { OfflineLimitsForm } from './offline-limits-form.tsx';
import { TerminalDataActions } from './terminal-data-actions.tsx';
import './settings.css';

export function SettingsPage({ outbox, onUnpaired }: { outbox: Outbox; onUnpaired: () => void }) {
  const t = useT();
  const limits = useOfflineLimits();
  return (
    <div className="settings">
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <LanguagePicker />
      {limits ? (
        <OfflineLimitsForm saved={limits} />
      ) : (
        <p className="loading">{t('common.loading')}</p>
      )}
      <TerminalDataActions outbox={outbox} onUnpaired={onUnpaired} />
    </div>
  );
}
