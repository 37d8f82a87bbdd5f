import type { ReactNode } from 'react';
import { useOfflineLimits } from '../../lib/db/use-offline-limits.ts';
import { useT } from '../../lib/i18n/use-t.ts';
import type { Outbox } from '../../lib/outbox/start-outbox.ts';
import { LanguagePicker } from './language-picker.tsx';
import { OfflineLimitsForm } from './offline-limits-form.tsx';
import { TerminalDataActions } from './terminal-data-actions.tsx';
import './settings.css';

/** `children`: settings owned by other features, such as the wallet server. */
export function SettingsPage({
  outbox,
  onUnpaired,
  children,
}: {
  outbox: Outbox;
  onUnpaired: () => void;
  children?: ReactNode;
}) {
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
      {children}
      <TerminalDataActions outbox={outbox} onUnpaired={onUnpaired} />
    </div>
  );
}
